import { Controller, Get, Header, Param, UseFilters } from '@nestjs/common';
import { CurrentActor, Roles } from '@oneday/api-common';
import { FHIR_JSON, FhirErrorsFilter, fhirId } from '@oneday/api-fhir';
import { toFhirCondition, type Actor } from '@oneday/domain';
import { CasesService } from './cases.service.js';

/** A case as an mCODE primary cancer condition; the read is checked and audited as in GraphQL. */
@Controller('fhir')
@UseFilters(FhirErrorsFilter)
export class CasesFhirController {
  constructor(private readonly cases: CasesService) {}

  @Roles('COORDINATOR', 'PHYSICIAN')
  @Get('Condition/:id')
  @Header('content-type', FHIR_JSON)
  async condition(@CurrentActor() actor: Actor, @Param('id', fhirId) caseId: string) {
    return toFhirCondition(await this.cases.get(actor, caseId));
  }
}
