import { Controller, Get, Header, Param, Query, Req, UseFilters } from '@nestjs/common';
import { badInput, CurrentActor, forbidden, notFound, Roles } from '@oneday/api-common';
import { FHIR_JSON, fhirBase, FhirErrorsFilter, fhirId } from '@oneday/api-fhir';
import { fullName } from '@oneday/api-patients';
import { StaffDirectory } from '@oneday/api-specialists';
import {
  SPECIALTY_LABELS,
  toFhirAppointment,
  toFhirBundle,
  toFhirPatient,
  toFhirPractitioner,
  toFhirRoomLocation,
  toFhirSchedule,
  toFhirSiteLocation,
  toFhirSlot,
  type Actor,
  type FhirResource,
  type VisitRecord,
} from '@oneday/domain';
import type { Request } from 'express';
import type { ClinicDayRecord, ClinicVisit } from './clinic-day-record.js';
import { ClinicDaysService } from './clinic-days.service.js';
import { StaffCalendars } from './staff-calendars.service.js';

const DAY = 86_400_000;

export function toVisitRecord(day: ClinicDayRecord, visit: ClinicVisit): VisitRecord {
  return {
    ...visit,
    patientName: fullName(day.patient),
    stepLabel: SPECIALTY_LABELS[visit.specialty].title,
  };
}

/**
 * Calendars and clinic days as FHIR. Patient data goes through ClinicDaysService, which decides
 * access and writes the audit trail as for GraphQL; patients reach only their own.
 */
@Controller('fhir')
@UseFilters(FhirErrorsFilter)
export class ClinicFhirController {
  constructor(
    private readonly clinicDays: ClinicDaysService,
    private readonly calendars: StaffCalendars,
    private readonly directory: StaffDirectory,
  ) {}

  @Roles('COORDINATOR', 'PHYSICIAN', 'ADMIN')
  @Get('Schedule/:id')
  @Header('content-type', FHIR_JSON)
  async schedule(@Param('id', fhirId) specialistId: string) {
    const specialist = await this.directory.specialist(specialistId);
    if (!specialist) throw notFound('Practitioner');
    return toFhirSchedule(specialist);
  }

  /** `?schedule=<id>&start=<date>`: that specialist's slots for 7 days (at most 31 with `end`). */
  @Roles('COORDINATOR', 'PHYSICIAN', 'ADMIN')
  @Get('Slot')
  @Header('content-type', FHIR_JSON)
  async slots(
    @Req() request: Request,
    @Query('schedule', fhirId) specialistId: string,
    @Query('start') start?: string,
    @Query('end') end?: string,
  ) {
    const from = start ? new Date(start) : new Date();
    const to = end ? new Date(end) : new Date(from.getTime() + 7 * DAY);
    if (Number.isNaN(from.getTime())) throw badInput('start', 'start is a date or date-time.');
    if (Number.isNaN(to.getTime()) || to <= from || to.getTime() - from.getTime() > 31 * DAY)
      throw badInput('end', 'end comes after start, at most 31 days later.');
    const slots = await this.calendars.slots(specialistId, from, to);
    return toFhirBundle('searchset', fhirBase(request), slots.map(toFhirSlot));
  }

  @Roles('COORDINATOR', 'PHYSICIAN', 'ADMIN')
  @Get('Slot/:id')
  @Header('content-type', FHIR_JSON)
  async slot(@Param('id', fhirId) slotId: string) {
    const slot = await this.calendars.slot(slotId);
    if (!slot) throw notFound('Slot');
    return toFhirSlot(slot);
  }

  /** The visit's whole day is loaded, so access is decided (and audited) for the day. */
  @Roles('COORDINATOR', 'PHYSICIAN', 'PATIENT')
  @Get('Appointment/:id')
  @Header('content-type', FHIR_JSON)
  async appointment(@CurrentActor() actor: Actor, @Param('id', fhirId) visitId: string) {
    const shown = await this.clinicDays.visit(actor, visitId);
    // A patient cannot tell an unknown visit from someone else's, so ids cannot be probed.
    if (!shown) throw actor.role === 'PATIENT' ? forbidden() : notFound('Appointment');
    return toFhirAppointment(toVisitRecord(shown.day, shown.visit));
  }

  /** One patient's clinic day as a Bundle: the patient, each visit, who and where. */
  @Roles('COORDINATOR', 'PHYSICIAN', 'PATIENT')
  @Get('clinic-days/:id/bundle')
  @Header('content-type', FHIR_JSON)
  async clinicDayBundle(
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Param('id', fhirId) clinicDayId: string,
  ) {
    const { day, visits } = await this.clinicDays.get(actor, clinicDayId);
    const booked = visits.filter((v) => v.status === 'BOOKED');
    const [specialists, rooms] = await Promise.all([
      this.directory.specialists(booked.map((v) => v.specialistId)),
      this.directory.rooms(booked.map((v) => v.roomId)),
    ]);
    const resources: FhirResource[] = [
      toFhirPatient(day.patient),
      ...booked.map((v) => toFhirAppointment(toVisitRecord(day, v))),
      ...[...specialists.values()].map(toFhirPractitioner),
      toFhirSiteLocation(day.site),
      ...[...rooms.values()].map(toFhirRoomLocation),
    ];
    return toFhirBundle('collection', fhirBase(request), resources);
  }
}
