import { Controller, Get, Header, Param, UseFilters } from '@nestjs/common';
import { CurrentActor, Roles } from '@oneday/api-common';
import { FHIR_JSON, FhirErrorsFilter, fhirId } from '@oneday/api-fhir';
import { toFhirPatient, type Actor } from '@oneday/domain';
import { PatientsService } from './patients.service.js';

/** The patient record as FHIR, under the same access rules and audit trail as GraphQL. */
@Controller('fhir')
@UseFilters(FhirErrorsFilter)
export class PatientsFhirController {
  constructor(private readonly patients: PatientsService) {}

  @Roles('COORDINATOR', 'PHYSICIAN', 'PATIENT')
  @Get('Patient/:id')
  @Header('content-type', FHIR_JSON)
  async patient(@CurrentActor() actor: Actor, @Param('id', fhirId) patientId: string) {
    return toFhirPatient(await this.patients.get(actor, patientId));
  }
}
