import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, forbidden, notFound } from '@oneday/api-common';
import { PatientsService } from '@oneday/api-patients';
import { StaffDirectory } from '@oneday/api-specialists';
import { formatLocalDate, localDateOf, type Actor } from '@oneday/domain';
import { DataSource, In, MoreThanOrEqual } from 'typeorm';
import type { ClinicDayRecord, ClinicVisit, LoadedClinicDay } from './clinic-day-record.js';
import { ClinicDay } from './clinic-day.entity.js';
import { Visit } from './visit.entity.js';

const DAY_MS = 86_400_000;

@Injectable()
export class ClinicDaysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly patients: PatientsService,
    private readonly directory: StaffDirectory,
    private readonly audit: AuditLog,
  ) {}

  /** Days with their site, patient and visits (with who and where): four more queries. */
  private async load(days: ClinicDay[]): Promise<LoadedClinicDay[]> {
    if (days.length === 0) return [];
    const visits = await this.dataSource.getRepository(Visit).find({
      where: { clinicDayId: In(days.map((d) => d.id)) },
      order: { startsAt: 'ASC' },
    });
    const [sites, patients, staff, rooms] = await Promise.all([
      this.directory.sites(days.map((d) => d.siteId)),
      this.patients.records(days.map((d) => d.patientId)),
      this.directory.specialists(visits.map((v) => v.specialistId)),
      this.directory.rooms(visits.map((v) => v.roomId)),
    ]);
    return days.map(
      ({ idempotencyKey: _key, cancelReason: _why, bookedById: _by, bookedAt: _at, ...day }) => ({
        day: { ...day, site: sites.get(day.siteId)!, patient: patients.get(day.patientId)! },
        visits: visits
          .filter((v) => v.clinicDayId === day.id)
          .map((v) => ({
            ...v,
            specialistName: staff.get(v.specialistId)?.name ?? '',
            roomName: rooms.get(v.roomId)?.name ?? '',
          })),
      }),
    );
  }

  /** The signed-in patient's booked days from today on, "today" in each site's own zone. */
  async itineraryOf(actor: Actor): Promise<LoadedClinicDay[]> {
    if (actor.role !== 'PATIENT' || !actor.patientId)
      throw forbidden('Only patients have an itinerary.');
    // From yesterday in UTC (no zone is further behind), then each day against its site's today.
    const earliest = formatLocalDate(localDateOf(new Date(Date.now() - DAY_MS), 'UTC'));
    const booked = await this.dataSource.getRepository(ClinicDay).find({
      where: { patientId: actor.patientId, status: 'BOOKED', day: MoreThanOrEqual(earliest) },
      order: { day: 'ASC' },
    });
    const loaded = (await this.load(booked)).filter(
      ({ day }) => day.day >= formatLocalDate(localDateOf(new Date(), day.site.timeZone)),
    );
    await this.audit.record({
      actor,
      action: 'READ',
      entity: 'Itinerary',
      entityId: actor.patientId,
      outcome: 'ALLOWED',
      detail: `${loaded.length} day(s)`,
    });
    return loaded;
  }

  /** One visit, with its day; access is decided (and audited) for the day. Null if unknown. */
  async visit(
    actor: Actor,
    id: string,
  ): Promise<{ day: ClinicDayRecord; visit: ClinicVisit } | null> {
    const visit = await this.dataSource.getRepository(Visit).findOneBy({ id });
    if (!visit) return null;
    const { day, visits } = await this.get(actor, visit.clinicDayId);
    const found = visits.find((v) => v.id === id);
    return found ? { day, visit: found } : null;
  }

  /** Every booked day, with whose it is: for the trial reviews still to be done. */
  async booked(): Promise<
    { id: string; caseId: string | null; patientName: string; day: string }[]
  > {
    const days = await this.dataSource.getRepository(ClinicDay).find({
      select: { id: true, caseId: true, patientId: true, day: true },
      where: { status: 'BOOKED' },
    });
    const names = await this.patients.names(days.map((d) => d.patientId));
    return days.map((d) => ({
      id: d.id,
      caseId: d.caseId,
      patientName: names.get(d.patientId) ?? '',
      day: d.day,
    }));
  }

  /** Whether the visit is this patient's trial eligibility review (with the research nurse). */
  async isTrialReviewVisit(visitId: string, patientId: string): Promise<boolean> {
    return this.dataSource
      .getRepository(Visit)
      .existsBy({ id: visitId, patientId, specialty: 'RESEARCH_NURSE' });
  }

  async get(actor: Actor, id: string): Promise<LoadedClinicDay> {
    const day = await this.dataSource.getRepository(ClinicDay).findOneBy({ id });
    const allowed = day ? (await this.patients.access(actor, day.patientId)).allowed : false;
    if (!day || !allowed) {
      await this.audit.record({
        actor,
        action: 'READ',
        entity: 'ClinicDay',
        entityId: id,
        outcome: 'DENIED',
      });
      // A patient gets FORBIDDEN whether the day exists or not, so ids cannot be probed.
      throw day || actor.role === 'PATIENT' ? forbidden() : notFound('Clinic day');
    }
    await this.audit.record({
      actor,
      action: 'READ',
      entity: 'ClinicDay',
      entityId: id,
      outcome: 'ALLOWED',
    });
    const [loaded] = await this.load([day]);
    return loaded;
  }
}
