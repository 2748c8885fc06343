import { Injectable } from '@nestjs/common';
import { badInput, notFound, UnitOfWork } from '@oneday/api-common';
import { PatientsService } from '@oneday/api-patients';
import { StaffDirectory } from '@oneday/api-specialists';
import {
  addLocalDays,
  atLocalTime,
  formatLocalDate,
  localDateOf,
  parseClockTime,
  slotsFromWeeklyHours,
  type Actor,
  type WeeklyHours,
} from '@oneday/domain';
import { AvailabilityTemplate } from './availability-template.entity.js';
import { CLINIC_CHANGES } from './clinic.changes.js';
import type { SetAvailabilityInput } from './dto/set-availability.input.js';
import type { AvailabilityResultModel } from './models/availability.model.js';
import { ScheduleEventsService } from './schedule-events.service.js';
import { Slot } from './slot.entity.js';

const DEFAULT_HORIZON_DAYS = 28;

/** Replaces a specialist's weekly hours and regenerates their free slots from tomorrow on. */
@Injectable()
export class AvailabilityService {
  constructor(
    private readonly events: ScheduleEventsService,
    private readonly uow: UnitOfWork,
    private readonly directory: StaffDirectory,
    private readonly patients: PatientsService,
  ) {}

  async set(actor: Actor, input: SetAvailabilityInput): Promise<AvailabilityResultModel> {
    const hours: WeeklyHours[] = input.hours.map((h, i) => {
      const startMinute = parseClockTime(h.start);
      const endMinute = parseClockTime(h.end);
      if (endMinute <= startMinute) throw badInput(`hours.${i}.end`, 'Hours end after they start.');
      return { isoWeekday: h.isoWeekday, startMinute, endMinute, slotMinutes: h.slotMinutes };
    });
    return this.uow.run(CLINIC_CHANGES.setAvailability, actor, async (change) => {
      const { manager } = change;
      const specialist = await this.directory.specialist(input.specialistId);
      const site = specialist && (await this.directory.site(specialist.siteId));
      if (!specialist || !site) throw notFound('Specialist');
      const roomId = specialist.defaultRoomId;
      if (!roomId)
        throw badInput('specialistId', 'The specialist has no default room to hold clinics in.');
      const zone = site.timeZone;
      const first = addLocalDays(localDateOf(new Date(), zone), 1);
      const days = input.horizonDays ?? DEFAULT_HORIZON_DAYS;
      const from = atLocalTime(first, 0, zone);
      const to = atLocalTime(addLocalDays(first, days), 0, zone);

      await manager.delete(AvailabilityTemplate, { specialistId: specialist.id });
      await manager.insert(
        AvailabilityTemplate,
        hours.map((h) => ({
          ...h,
          specialistId: specialist.id,
          siteId: specialist.siteId,
          roomId,
        })),
      );
      const removed = await manager
        .createQueryBuilder()
        .delete()
        .from(Slot)
        .where(
          "specialist_id = :id AND status = 'FREE' AND starts_at >= :from AND starts_at < :to",
          { id: specialist.id, from, to },
        )
        .execute();
      const generated = slotsFromWeeklyHours(hours, first, days, zone);
      let created = 0;
      for (let i = 0; i < generated.length; i += 500) {
        // Booked and blocked slots stay; new slots overlapping them are skipped by the exclusion constraint.
        const result = await manager
          .createQueryBuilder()
          .insert()
          .into(Slot)
          .values(
            generated.slice(i, i + 500).map((s) => ({
              specialistId: specialist.id,
              siteId: specialist.siteId,
              roomId,
              startsAt: s.start,
              endsAt: s.end,
            })),
          )
          .orIgnore()
          .returning('id')
          .execute();
        created += result.raw.length;
      }
      const outside: {
        id: string;
        clinic_day_id: string;
        step: string;
        starts_at: Date;
        patient_id: string;
      }[] = await manager.query(
        `SELECT v.id, v.clinic_day_id, v.step, v.starts_at, v.patient_id
           FROM visit v
          WHERE v.specialist_id = $1 AND v.status = 'BOOKED' AND v.starts_at >= $2 AND v.starts_at < $3
            AND NOT EXISTS (
              SELECT 1 FROM availability_template t
               WHERE t.specialist_id = v.specialist_id
                 AND t.iso_weekday = extract(isodow FROM v.starts_at AT TIME ZONE $4)
                 AND t.start_minute <= extract(hour FROM v.starts_at AT TIME ZONE $4) * 60 + extract(minute FROM v.starts_at AT TIME ZONE $4)
                 AND t.end_minute >= extract(hour FROM v.ends_at AT TIME ZONE $4) * 60 + extract(minute FROM v.ends_at AT TIME ZONE $4))
          ORDER BY v.starts_at`,
        [specialist.id, from, to, zone],
      );
      change.audit({
        action: 'SET_AVAILABILITY',
        entity: 'Specialist',
        entityId: specialist.id,
        detail: `${created} slot(s) created`,
      });
      for (let d = 0; d < days; d++) {
        this.events.announce(change, {
          siteId: specialist.siteId,
          date: formatLocalDate(addLocalDays(first, d)),
          reason: 'AVAILABILITY',
        });
      }
      const names = await this.patients.names(outside.map((v) => v.patient_id));
      return {
        slotsCreated: created,
        freeSlotsRemoved: removed.affected ?? 0,
        visitsOutsideHours: outside.map((v) => ({
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
