import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { forbidden, notFound } from '@oneday/api-common';
import { ClinicDaysService, Visit, type LoadedClinicDay } from '@oneday/api-clinic';
import { CasesService } from '@oneday/api-conference';
import { Room, Site, Slot, Specialist } from '@oneday/api-specialists';
import { Trial, TrialReview } from '@oneday/api-trials';
import {
  SPECIALTY_LABELS,
  type Actor,
  type StudyRecord,
  type TrialReviewRecord,
  type VisitRecord,
} from '@oneday/domain';
import { Between, DataSource } from 'typeorm';

/**
 * Reads what the FHIR resources are made of. Patient data goes through the services that check
 * access and write the audit trail; the directory (staff, rooms, slots, trials) is read directly.
 */
@Injectable()
export class FhirRecordsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clinicDays: ClinicDaysService,
    private readonly cases: CasesService,
  ) {}

  specialists(): Promise<Specialist[]> {
    return this.dataSource.getRepository(Specialist).find({ order: { name: 'ASC' } });
  }

  async specialist(id: string): Promise<Specialist> {
    const found = await this.dataSource.getRepository(Specialist).findOneBy({ id });
    if (!found) throw notFound('Practitioner');
    return found;
  }

  async location(id: string): Promise<{ site: Site } | { room: Room }> {
    const site = await this.dataSource.getRepository(Site).findOneBy({ id });
    if (site) return { site };
    const room = await this.dataSource.getRepository(Room).findOneBy({ id });
    if (room) return { room };
    throw notFound('Location');
  }

  async locations(): Promise<{ sites: Site[]; rooms: Room[] }> {
    const [sites, rooms] = await Promise.all([
      this.dataSource.getRepository(Site).find({ order: { name: 'ASC' } }),
      this.dataSource.getRepository(Room).find({ order: { name: 'ASC' } }),
    ]);
    return { sites, rooms };
  }

  async slot(id: string): Promise<Slot> {
    const found = await this.dataSource.getRepository(Slot).findOneBy({ id });
    if (!found) throw notFound('Slot');
    return found;
  }

  /** A specialist's slots over at most 31 days from `from`. */
  slots(specialistId: string, from: Date, to: Date): Promise<Slot[]> {
    return this.dataSource.getRepository(Slot).find({
      where: { specialistId, startsAt: Between(from, to) },
      order: { startsAt: 'ASC' },
    });
  }

  async study(id: string): Promise<StudyRecord> {
    const trial = await this.dataSource.getRepository(Trial).findOneBy({ id });
    if (!trial) throw notFound('ResearchStudy');
    return toStudyRecord(trial);
  }

  async studies(): Promise<StudyRecord[]> {
    const trials = await this.dataSource.getRepository(Trial).find({ order: { nctId: 'ASC' } });
    return trials.map(toStudyRecord);
  }

  /** A trial review, once the actor may read its case (checked and audited there). */
  async review(actor: Actor, id: string): Promise<TrialReviewRecord> {
    const review = await this.dataSource.getRepository(TrialReview).findOneBy({ id });
    if (!review) throw notFound('ResearchSubject');
    const cancerCase = await this.cases.get(actor, review.caseId);
    return {
      id: review.id,
      trialId: review.trialId,
      patientId: cancerCase.patientId,
      decision: review.decision,
      patientInterest: review.patientInterest,
      contactConsent: review.contactConsent,
      consentDiscussedAt: review.consentDiscussedAt,
      consentWithdrawnAt: review.consentWithdrawnAt,
      reviewedAt: review.reviewedAt,
    };
  }

  caseOf(actor: Actor, id: string) {
    return this.cases.get(actor, id);
  }

  clinicDay(actor: Actor, id: string): Promise<LoadedClinicDay> {
    return this.clinicDays.get(actor, id);
  }

  /** The visit's whole day is loaded, so access is decided (and audited) for the day. */
  async visit(actor: Actor, id: string): Promise<VisitRecord> {
    const visit = await this.dataSource.getRepository(Visit).findOneBy({ id });
    // A patient cannot tell an unknown visit from someone else's, so ids cannot be probed.
    if (!visit) throw actor.role === 'PATIENT' ? forbidden() : notFound('Appointment');
    const { day, visits } = await this.clinicDays.get(actor, visit.clinicDayId);
    const found = visits.find((v) => v.id === id);
    if (!found) throw notFound('Appointment');
    return toVisitRecord(day, found);
  }
}

export function toVisitRecord(day: LoadedClinicDay['day'], visit: Visit): VisitRecord {
  return {
    id: visit.id,
    patientId: day.patientId,
    patientName: day.patient ? `${day.patient.givenName} ${day.patient.familyName}` : '',
    specialistId: visit.specialistId,
    specialistName: visit.specialist?.name ?? '',
    specialty: visit.specialty,
    roomId: visit.roomId,
    roomName: visit.room?.name ?? '',
    slotId: visit.slotId,
    step: visit.step,
    stepLabel: SPECIALTY_LABELS[visit.specialty].title,
    startsAt: visit.startsAt,
    endsAt: visit.endsAt,
    status: visit.status,
  };
}

function toStudyRecord(trial: Trial): StudyRecord {
  return {
    id: trial.id,
    nctId: trial.nctId,
    title: trial.title,
    overallStatus: trial.overallStatus,
    phases: trial.phases,
    sponsor: trial.sponsor,
    programs: trial.programs,
    siteIds: trial.siteIds,
    eligibilityText: trial.eligibilityText,
  };
}
