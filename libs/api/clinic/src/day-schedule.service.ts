import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, badInput, notFound, UnitOfWork } from '@oneday/api-common';
import { PatientsService } from '@oneday/api-patients';
import { StaffDirectory, type StaffRecord } from '@oneday/api-specialists';
import {
  addLocalDays,
  formatLocalDate,
  localDateOf,
  localDayBounds,
  parseLocalDate,
  SPECIALTY_LABELS,
  type Actor,
} from '@oneday/domain';
import { DataSource } from 'typeorm';
import { CLINIC_CHANGES } from './clinic.changes.js';
import type { BlockTimeInput } from './dto/block-time.input.js';
import type { BlockTimeResultModel, DayScheduleModel } from './models/day-schedule.model.js';
import { ScheduleEventsService } from './schedule-events.service.js';
import { Slot } from './slot.entity.js';

interface VisitRow {
  id: string;
  clinic_day_id: string;
  specialist_id: string;
  step: string;
  starts_at: Date;
  ends_at: Date;
  patient_id: string;
}

const bySpecialtyThenName = (a: StaffRecord, b: StaffRecord) =>
  a.specialty.localeCompare(b.specialty) || a.name.localeCompare(b.name);

/** The coordinators' board: the same few queries whatever the number of specialists. */
@Injectable()
export class DayScheduleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: ScheduleEventsService,
    private readonly audit: AuditLog,
    private readonly uow: UnitOfWork,
    private readonly directory: StaffDirectory,
    private readonly patients: PatientsService,
  ) {}

  async board(actor: Actor, siteId: string, dateText: string): Promise<DayScheduleModel> {
    const site = await this.directory.site(siteId);
    if (!site) throw notFound('Site');
    let date;
    try {
      date = parseLocalDate(dateText);
    } catch {
      throw badInput('date', 'Dates are yyyy-MM-dd.');
    }
    const { start, end } = localDayBounds(date, site.timeZone);
    const [specialists, slots, visits] = await Promise.all([
      this.directory.staffAt(siteId),
      this.dataSource
        .getRepository(Slot)
        .createQueryBuilder('s')
        .where('s.site_id = :siteId AND s.starts_at >= :start AND s.starts_at < :end', {
          siteId,
          start,
          end,
        })
        .orderBy('s.starts_at')
        .getMany(),
      this.dataSource.query(
        `SELECT v.id, v.clinic_day_id, v.specialist_id, v.step, v.starts_at, v.ends_at, v.patient_id
           FROM visit v JOIN clinic_day d ON d.id = v.clinic_day_id
          WHERE d.site_id = $1 AND v.status = 'BOOKED' AND v.starts_at >= $2 AND v.starts_at < $3
          ORDER BY v.starts_at`,
        [siteId, start, end],
      ) as Promise<VisitRow[]>,
    ]);
    const names = await this.patients.names(visits.map((v) => v.patient_id));
    await this.audit.record({
      actor,
      action: 'READ',
      entity: 'DaySchedule',
      entityId: `${siteId}/${dateText}`,
      outcome: 'ALLOWED',
      detail: `${visits.length} visit(s)`,
    });
    return {
      siteId,
      date: formatLocalDate(date),
      timeZone: site.timeZone,
      rows: specialists.sort(bySpecialtyThenName).map((sp) => ({
        specialistId: sp.id,
        specialistName: sp.name,
        specialty: sp.specialty,
        specialtyTitle: SPECIALTY_LABELS[sp.specialty].title,
        slots: slots
          .filter((s) => s.specialistId === sp.id)
          .map((s) => ({
            id: s.id,
            startsAt: s.startsAt,
            endsAt: s.endsAt,
            status: s.status,
            blockReason: s.blockReason,
          })),
        visits: visits
          .filter((v) => v.specialist_id === sp.id)
          .map((v) => ({
            id: v.id,
            clinicDayId: v.clinic_day_id,
            patientName: names.get(v.patient_id) ?? '',
            step: v.step,
            startsAt: new Date(v.starts_at),
            endsAt: new Date(v.ends_at),
          })),
      })),
    };
  }

  /** Blocks a specialist's free time; visits already booked there are reported, never dropped. */
  async blockTime(actor: Actor, input: BlockTimeInput): Promise<BlockTimeResultModel> {
    if (input.endsAt <= input.startsAt)
      throw badInput('endsAt', 'The block ends before it starts.');
    if (input.endsAt.getTime() - input.startsAt.getTime() > 31 * 86_400_000)
      throw badInput('endsAt', 'Block at most 31 days at once.');
    return this.uow.run(CLINIC_CHANGES.blockTime, actor, async (change) => {
      const { manager } = change;
      const specialist = await this.directory.specialist(input.specialistId);
      const site = specialist && (await this.directory.site(specialist.siteId));
      if (!specialist || !site) throw notFound('Specialist');
      const blocked = await manager.query(
        `UPDATE slot SET status = 'BLOCKED', block_reason = $4
          WHERE specialist_id = $1 AND status = 'FREE' AND tstzrange(starts_at, ends_at) && tstzrange($2, $3)
          RETURNING starts_at`,
        [input.specialistId, input.startsAt, input.endsAt, input.reason],
      );
      const affected: VisitRow[] = await manager.query(
        `SELECT v.id, v.clinic_day_id, v.specialist_id, v.step, v.starts_at, v.ends_at, v.patient_id
           FROM visit v
          WHERE v.specialist_id = $1 AND v.status = 'BOOKED' AND tstzrange(v.starts_at, v.ends_at) && tstzrange($2, $3)
          ORDER BY v.starts_at`,
        [input.specialistId, input.startsAt, input.endsAt],
      );
      change.audit({
        action: 'BLOCK_TIME',
        entity: 'Specialist',
        entityId: input.specialistId,
        detail: `${affected.length} visit(s) need a new time`,
      });
      const rows = (blocked as [unknown[], number] | unknown[])[0];
      const blockedRows = Array.isArray(rows) ? (rows as { starts_at: Date }[]) : [];
      // Every day the block spans: its slots, or the visits now marked, change on the board.
      const zone = site.timeZone;
      const last = formatLocalDate(localDateOf(new Date(input.endsAt.getTime() - 1), zone));
      for (let day = localDateOf(input.startsAt, zone); ; day = addLocalDays(day, 1)) {
        const date = formatLocalDate(day);
        if (date > last) break;
        this.events.announce(change, { siteId: specialist.siteId, date, reason: 'BLOCKED' });
      }
      const names = await this.patients.names(affected.map((v) => v.patient_id));
      return {
        blockedSlots: blockedRows.length,
        affectedVisits: affected.map((v) => ({
          visitId: v.id,
          clinicDayId: v.clinic_day_id,
          patientName: names.get(v.patient_id) ?? '',
          step: v.step,
          startsAt: new Date(v.starts_at),
        })),
      };
    });
  }
}
