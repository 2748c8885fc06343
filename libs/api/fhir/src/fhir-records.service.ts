import { Injectable } from '@nestjs/common';
import { forbidden, notFound } from '@oneday/api-common';
import { CasesService, type CaseRecord } from '@oneday/api-cases';
import {
  ClinicDaysService,
  StaffCalendars,
  type ClinicDayRecord,
  type ClinicVisit,
  type LoadedClinicDay,
} from '@oneday/api-clinic';
import { fullName } from '@oneday/api-patients';
import {
  StaffDirectory,
  type RoomRecord,
  type SiteRecord,
  type StaffRecord,
} from '@oneday/api-specialists';
import { TrialsService } from '@oneday/api-trials';
import {
  SPECIALTY_LABELS,
  type Actor,
  type SlotRecord,
  type StudyRecord,
  type TrialReviewRecord,
  type VisitRecord,
} from '@oneday/domain';

const found = <T>(value: T | null | undefined, resource: string): T => {
  if (value === null || value === undefined) throw notFound(resource);
  return value;
};

/**
 * Reads what the FHIR resources are made of, from the features that own them. Patient data goes
 * through the services that check access and write the audit trail.
 */
@Injectable()
export class FhirRecordsService {
  constructor(
    private readonly clinicDays: ClinicDaysService,
    private readonly calendars: StaffCalendars,
    private readonly cases: CasesService,
    private readonly directory: StaffDirectory,
    private readonly trials: TrialsService,
  ) {}

  specialists(): Promise<StaffRecord[]> {
    return this.directory.staffAt(null);
  }

  async specialist(id: string): Promise<StaffRecord> {
    return found(await this.directory.specialist(id), 'Practitioner');
  }

  async location(id: string): Promise<{ site: SiteRecord } | { room: RoomRecord }> {
    const site = await this.directory.site(id);
    if (site) return { site };
    return { room: found((await this.directory.rooms([id])).get(id), 'Location') };
  }

  async locations(): Promise<{ sites: SiteRecord[]; rooms: RoomRecord[] }> {
    const [sites, rooms] = await Promise.all([
      this.directory.allSites(),
      this.directory.allRooms(),
    ]);
    return { sites, rooms };
  }

  async slot(id: string): Promise<SlotRecord> {
    return found(await this.calendars.slot(id), 'Slot');
  }

  /** A specialist's slots over at most 31 days from `from`. */
  slots(specialistId: string, from: Date, to: Date): Promise<SlotRecord[]> {
    return this.calendars.slots(specialistId, from, to);
  }

  async study(id: string): Promise<StudyRecord> {
    return found(await this.trials.study(id), 'ResearchStudy');
  }

  studies(): Promise<StudyRecord[]> {
    return this.trials.studies();
  }

  async review(actor: Actor, id: string): Promise<TrialReviewRecord> {
    return found(await this.trials.reviewRecord(actor, id), 'ResearchSubject');
  }

  caseOf(actor: Actor, id: string): Promise<CaseRecord> {
    return this.cases.get(actor, id);
  }

  /** A clinic day with the specialists and rooms of its booked visits. */
  async clinicDay(
    actor: Actor,
    id: string,
  ): Promise<LoadedClinicDay & { specialists: StaffRecord[]; rooms: RoomRecord[] }> {
    const loaded = await this.clinicDays.get(actor, id);
    const booked = loaded.visits.filter((v) => v.status === 'BOOKED');
    const [specialists, rooms] = await Promise.all([
      this.directory.specialists(booked.map((v) => v.specialistId)),
      this.directory.rooms(booked.map((v) => v.roomId)),
    ]);
    return { ...loaded, specialists: [...specialists.values()], rooms: [...rooms.values()] };
  }

  /** The visit's whole day is loaded, so access is decided (and audited) for the day. */
  async visit(actor: Actor, id: string): Promise<VisitRecord> {
    const shown = await this.clinicDays.visit(actor, id);
    // A patient cannot tell an unknown visit from someone else's, so ids cannot be probed.
    if (!shown) throw actor.role === 'PATIENT' ? forbidden() : notFound('Appointment');
    return toVisitRecord(shown.day, shown.visit);
  }
}

export function toVisitRecord(day: ClinicDayRecord, visit: ClinicVisit): VisitRecord {
  return {
    id: visit.id,
    patientId: day.patientId,
    patientName: fullName(day.patient),
    specialistId: visit.specialistId,
    specialistName: visit.specialistName,
    specialty: visit.specialty,
    roomId: visit.roomId,
    roomName: visit.roomName,
    slotId: visit.slotId,
    step: visit.step,
    stepLabel: SPECIALTY_LABELS[visit.specialty].title,
    startsAt: visit.startsAt,
    endsAt: visit.endsAt,
    status: visit.status,
  };
}
