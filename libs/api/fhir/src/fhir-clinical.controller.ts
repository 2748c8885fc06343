import { Controller, Get, Header, Param, ParseUUIDPipe, Req, UseFilters } from '@nestjs/common';
import { CurrentActor, notFound, Roles } from '@oneday/api-common';
import { PatientsService } from '@oneday/api-patients';
import {
  toFhirAppointment,
  toFhirBundle,
  toFhirCondition,
  toFhirConsent,
  toFhirPatient,
  toFhirPractitioner,
  toFhirResearchSubject,
  toFhirRoomLocation,
  toFhirSiteLocation,
  type Actor,
  type FhirResource,
} from '@oneday/domain';
import type { Request } from 'express';
import { FhirErrorsFilter } from './fhir-errors.filter.js';
import { FhirRecordsService, toVisitRecord } from './fhir-records.service.js';
import { FHIR_JSON, fhirBase } from './fhir-http.js';

const id = new ParseUUIDPipe({ version: undefined });

/**
 * Patient data as FHIR: the same access rules and audit trail as GraphQL, because every read
 * goes through the service that decides and records it. Patients reach only their own.
 */
@Controller('fhir')
@UseFilters(FhirErrorsFilter)
export class FhirClinicalController {
  constructor(
    private readonly records: FhirRecordsService,
    private readonly patients: PatientsService,
  ) {}

  @Roles('COORDINATOR', 'PHYSICIAN', 'PATIENT')
  @Get('Patient/:id')
  @Header('content-type', FHIR_JSON)
  async patient(@CurrentActor() actor: Actor, @Param('id', id) patientId: string) {
    return toFhirPatient(await this.patients.get(actor, patientId));
  }

  @Roles('COORDINATOR', 'PHYSICIAN', 'PATIENT')
  @Get('Appointment/:id')
  @Header('content-type', FHIR_JSON)
  async appointment(@CurrentActor() actor: Actor, @Param('id', id) visitId: string) {
    return toFhirAppointment(await this.records.visit(actor, visitId));
  }

  @Roles('COORDINATOR', 'PHYSICIAN')
  @Get('Condition/:id')
  @Header('content-type', FHIR_JSON)
  async condition(@CurrentActor() actor: Actor, @Param('id', id) caseId: string) {
    return toFhirCondition(await this.records.caseOf(actor, caseId));
  }

  @Roles('COORDINATOR', 'PHYSICIAN')
  @Get('ResearchSubject/:id')
  @Header('content-type', FHIR_JSON)
  async researchSubject(@CurrentActor() actor: Actor, @Param('id', id) reviewId: string) {
    return toFhirResearchSubject(await this.records.review(actor, reviewId));
  }

  @Roles('COORDINATOR', 'PHYSICIAN')
  @Get('Consent/:id')
  @Header('content-type', FHIR_JSON)
  async consent(@CurrentActor() actor: Actor, @Param('id', id) reviewId: string) {
    const consent = toFhirConsent(await this.records.review(actor, reviewId));
    if (!consent) throw notFound('Consent');
    return consent;
  }

  /** One patient's clinic day as a Bundle: the patient, each visit, who and where. */
  @Roles('COORDINATOR', 'PHYSICIAN', 'PATIENT')
  @Get('clinic-days/:id/bundle')
  @Header('content-type', FHIR_JSON)
  async clinicDayBundle(
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Param('id', id) clinicDayId: string,
  ) {
    const { day, visits, specialists, rooms } = await this.records.clinicDay(actor, clinicDayId);
    const resources: FhirResource[] = [
      toFhirPatient(day.patient),
      ...visits
        .filter((v) => v.status === 'BOOKED')
        .map((v) => toFhirAppointment(toVisitRecord(day, v))),
      ...specialists.map(toFhirPractitioner),
      toFhirSiteLocation(day.site),
      ...rooms.map(toFhirRoomLocation),
    ];
    return toFhirBundle('collection', fhirBase(request), resources);
  }
}
