import {
  Controller,
  Get,
  Header,
  Param,
  ParseUUIDPipe,
  Query,
  Req,
  UseFilters,
} from '@nestjs/common';
import { badInput, Public, Roles } from '@oneday/api-common';
import {
  toFhirBundle,
  toFhirPractitioner,
  toFhirPractitionerRole,
  toFhirResearchStudy,
  toFhirRoomLocation,
  toFhirSchedule,
  toFhirSiteLocation,
  toFhirSlot,
} from '@oneday/domain';
import type { Request } from 'express';
import { FhirErrorsFilter } from './fhir-errors.filter.js';
import { FhirRecordsService } from './fhir-records.service.js';
import { capabilityStatement, FHIR_JSON, fhirBase } from './fhir-http.js';

const id = new ParseUUIDPipe({ version: undefined });
const DAY = 86_400_000;

/** The clinic's directory: who works where and when, and the trials on offer. No patient data. */
@Controller('fhir')
@UseFilters(FhirErrorsFilter)
@Roles('COORDINATOR', 'PHYSICIAN', 'ADMIN')
export class FhirDirectoryController {
  constructor(private readonly records: FhirRecordsService) {}

  @Public()
  @Get('metadata')
  @Header('content-type', FHIR_JSON)
  metadata() {
    return capabilityStatement();
  }

  @Get('Practitioner')
  @Header('content-type', FHIR_JSON)
  async practitioners(@Req() request: Request) {
    const specialists = await this.records.specialists();
    return toFhirBundle('searchset', fhirBase(request), specialists.map(toFhirPractitioner));
  }

  @Get('Practitioner/:id')
  @Header('content-type', FHIR_JSON)
  async practitioner(@Param('id', id) specialistId: string) {
    return toFhirPractitioner(await this.records.specialist(specialistId));
  }

  @Get('PractitionerRole')
  @Header('content-type', FHIR_JSON)
  async practitionerRoles(@Req() request: Request) {
    const specialists = await this.records.specialists();
    return toFhirBundle('searchset', fhirBase(request), specialists.map(toFhirPractitionerRole));
  }

  @Get('PractitionerRole/:id')
  @Header('content-type', FHIR_JSON)
  async practitionerRole(@Param('id', id) specialistId: string) {
    return toFhirPractitionerRole(await this.records.specialist(specialistId));
  }

  @Get('Location')
  @Header('content-type', FHIR_JSON)
  async locations(@Req() request: Request) {
    const { sites, rooms } = await this.records.locations();
    return toFhirBundle('searchset', fhirBase(request), [
      ...sites.map(toFhirSiteLocation),
      ...rooms.map(toFhirRoomLocation),
    ]);
  }

  @Get('Location/:id')
  @Header('content-type', FHIR_JSON)
  async location(@Param('id', id) locationId: string) {
    const found = await this.records.location(locationId);
    return 'site' in found ? toFhirSiteLocation(found.site) : toFhirRoomLocation(found.room);
  }

  @Get('Schedule/:id')
  @Header('content-type', FHIR_JSON)
  async schedule(@Param('id', id) specialistId: string) {
    return toFhirSchedule(await this.records.specialist(specialistId));
  }

  /** `?schedule=<id>&start=<date>`: that specialist's slots for 7 days (at most 31 with `end`). */
  @Get('Slot')
  @Header('content-type', FHIR_JSON)
  async slots(
    @Req() request: Request,
    @Query('schedule', id) specialistId: string,
    @Query('start') start?: string,
    @Query('end') end?: string,
  ) {
    const from = start ? new Date(start) : new Date();
    const to = end ? new Date(end) : new Date(from.getTime() + 7 * DAY);
    if (Number.isNaN(from.getTime())) throw badInput('start', 'start is a date or date-time.');
    if (Number.isNaN(to.getTime()) || to <= from || to.getTime() - from.getTime() > 31 * DAY)
      throw badInput('end', 'end comes after start, at most 31 days later.');
    const slots = await this.records.slots(specialistId, from, to);
    return toFhirBundle('searchset', fhirBase(request), slots.map(toFhirSlot));
  }

  @Get('Slot/:id')
  @Header('content-type', FHIR_JSON)
  async slot(@Param('id', id) slotId: string) {
    return toFhirSlot(await this.records.slot(slotId));
  }

  @Get('ResearchStudy')
  @Header('content-type', FHIR_JSON)
  async studies(@Req() request: Request) {
    const studies = await this.records.studies();
    return toFhirBundle('searchset', fhirBase(request), studies.map(toFhirResearchStudy));
  }

  @Get('ResearchStudy/:id')
  @Header('content-type', FHIR_JSON)
  async study(@Param('id', id) trialId: string) {
    return toFhirResearchStudy(await this.records.study(trialId));
  }
}
