import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  AuditLog,
  badInput,
  conflict,
  notFound,
  UnitOfWork,
  violatedConstraint,
} from '@oneday/api-common';
import {
  checkItinerary,
  formatLocalDate,
  parseLocalDate,
  type Actor,
  type PlacedVisit,
} from '@oneday/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { BookingRequest } from './booking-request.js';
import { ClinicDayPlanner, type PlanningContext } from './clinic-day-planner.service.js';
import { ClinicDay } from './clinic-day.entity.js';
import { isConstraintConflict, slotTaken } from './clinic-errors.js';
import { CLINIC_CHANGES } from './clinic.changes.js';
import type { ClinicDayOptionsModel } from './models/clinic-day-options.model.js';
import { ScheduleEventsService } from './schedule-events.service.js';
import { Slot } from './slot.entity.js';
import { Visit } from './visit.entity.js';

const ONE_BOOKED_DAY_PER_PATIENT = 'clinic_day_one_booked_day_per_patient';
/** The database checks that the case exists and is this patient's. */
const CASE_OF_PATIENT = ['clinic_day_case_of_patient_fkey', 'clinic_day_case_id_fkey'];

/** Thrown inside a booking transaction to roll it back and answer SLOT_TAKEN. */
class SlotGone extends Error {}

@Injectable()
export class BookingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly planner: ClinicDayPlanner,
    private readonly events: ScheduleEventsService,
    private readonly audit: AuditLog,
    private readonly uow: UnitOfWork,
  ) {}

  /**
   * Books the chosen day whole or not at all: one transaction; the exclusion constraints are the
   * final word on double booking. A lost race answers SLOT_TAKEN with the day's fresh options.
   * Answers the clinic day's id.
   */
  async book(actor: Actor, input: BookingRequest): Promise<string> {
    const repeated = await this.byIdempotencyKey(input.idempotencyKey, input.patientId);
    if (repeated) return repeated.id;
    try {
      return await this.uow.run(CLINIC_CHANGES.bookClinicDay, actor, async (change) => {
        const { manager } = change;
        const context = await this.planner.context(input, manager);
        const date = this.planner.parseDate(input.date, 'date', context.site);
        const request = await this.planner.dayRequest(context, date, manager);
        const chosen = this.placeChosen(request, input);
        const lunch =
          input.lunchStartsAt && request.lunch
            ? {
                start: input.lunchStartsAt.getTime(),
                end: input.lunchStartsAt.getTime() + request.lunch.durationMs,
              }
            : null;
        const checked = checkItinerary(request, chosen, lunch);
        if (!checked.ok) throw badInput('visits', `That day does not work: ${checked.problem}.`);
        const dayText = formatLocalDate(date);
        // insert, not save: a new row needs none of save's change tracking.
        const { identifiers } = await manager.insert(ClinicDay, {
          patientId: input.patientId,
          caseId: input.caseId ?? null,
          siteId: context.site.id,
          program: context.template.program,
          day: dayText,
          idempotencyKey: input.idempotencyKey,
          bookedById: actor.userId,
          lunchStartsAt: lunch ? new Date(lunch.start) : null,
          lunchEndsAt: lunch ? new Date(lunch.end) : null,
        });
        const dayId = String(identifiers[0]['id']);
        await this.claimSlots(
          manager,
          checked.itinerary.visits.map((v) => v.slotId),
        );
        await manager.insert(
          Visit,
          checked.itinerary.visits.map((v) => ({
            clinicDayId: dayId,
            patientId: input.patientId,
            step: v.stepKey,
            specialty: request.steps.find((s) => s.key === v.stepKey)?.specialty,
            ...placement(v),
          })),
        );
        change.audit({ action: 'BOOK', entity: 'ClinicDay', entityId: dayId });
        this.events.announce(change, {
          siteId: context.site.id,
          date: dayText,
          reason: 'BOOKED',
        });
        return dayId;
      });
    } catch (error) {
      if (error instanceof AppError) throw error;
      if (CASE_OF_PATIENT.includes(violatedConstraint(error) ?? ''))
        throw badInput('caseId', 'That case is not this patient’s.');
      if (error instanceof SlotGone || isConstraintConflict(error)) {
        // The same request committed meanwhile (a double click): answer with that day.
        const repeatedAfterRace = await this.byIdempotencyKey(
          input.idempotencyKey,
          input.patientId,
        );
        if (repeatedAfterRace) return repeatedAfterRace.id;
        if (violatedConstraint(error) === ONE_BOOKED_DAY_PER_PATIENT)
          throw conflict('This patient already has a clinic day on that date.', 'date');
        await this.audit.record({
          actor,
          action: 'BOOK',
          entity: 'ClinicDay',
          entityId: null,
          outcome: 'FAILED',
          detail: 'slot taken',
        });
        throw slotTaken(await this.freshOptions(actor, input));
      }
      throw error;
    }
  }

  private placeChosen(
    request: { steps: { key: string }[]; candidates: { slotId: string; start: number }[][] },
    input: BookingRequest,
  ): PlacedVisit[] {
    return input.visits.map((visit) => {
      const index = request.steps.findIndex((s) => s.key === visit.stepKey);
      if (index < 0) throw badInput('visits', `${visit.stepKey} is not a step of this day.`);
      const candidate = request.candidates[index].find(
        (c) => c.slotId === visit.slotId && c.start === visit.startsAt.getTime(),
      ) as PlacedVisit | undefined;
      // The slot is no longer free (or never was): someone else has it.
      if (!candidate) throw new SlotGone();
      return { ...candidate, stepKey: visit.stepKey };
    });
  }

  /** FREE -> BOOKED for exactly these slots, or the whole booking rolls back. */
  private async claimSlots(manager: EntityManager, slotIds: string[]): Promise<void> {
    const unique = [...new Set(slotIds)];
    const claimed = await manager
      .createQueryBuilder()
      .update(Slot)
      .set({ status: 'BOOKED' })
      .where({ id: In(unique), status: 'FREE' })
      .execute();
    if (claimed.affected !== unique.length) throw new SlotGone();
  }

  private async freshOptions(
    actor: Actor,
    input: BookingRequest,
  ): Promise<ClinicDayOptionsModel | null> {
    try {
      const { patientId, program, siteId, date, optionalSteps } = input;
      return await this.planner.options(actor, { patientId, program, siteId, date, optionalSteps });
    } catch {
      return null;
    }
  }

  private async byIdempotencyKey(key: string, patientId: string): Promise<ClinicDay | null> {
    const existing = await this.dataSource
      .getRepository(ClinicDay)
      .findOneBy({ idempotencyKey: key });
    if (existing && existing.patientId !== patientId)
      throw conflict('That idempotency key was used for another booking.', 'idempotencyKey');
    return existing;
  }

  async cancel(actor: Actor, id: string, reason: string): Promise<ClinicDay> {
    return this.uow.run(CLINIC_CHANGES.cancelClinicDay, actor, async (change) => {
      const { manager } = change;
      const day = await manager.findOne(ClinicDay, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!day) throw notFound('Clinic day');
      if (day.status !== 'BOOKED') throw conflict('Only a booked day can be cancelled.');
      const visits = await manager.findBy(Visit, { clinicDayId: id, status: 'BOOKED' });
      await manager.update(Visit, { clinicDayId: id }, { status: 'CANCELLED' });
      const slotIds = visits.map((v) => v.slotId).filter((s): s is string => s !== null);
      if (slotIds.length)
        await manager.update(Slot, { id: In(slotIds), status: 'BOOKED' }, { status: 'FREE' });
      day.status = 'CANCELLED';
      day.cancelReason = reason;
      await manager.save(day);
      change.audit({ action: 'CANCEL', entity: 'ClinicDay', entityId: id, detail: reason });
      this.events.announce(change, {
        siteId: day.siteId,
        date: day.day,
        reason: 'CANCELLED',
      });
      return day;
    });
  }

  /** Moves one visit to another free slot; the whole day is checked again against the rules. */
  async reschedule(actor: Actor, visitId: string, slotId: string): Promise<ClinicDay> {
    try {
      return await this.uow.run(CLINIC_CHANGES.rescheduleVisit, actor, async (change) => {
        const { manager } = change;
        const visit = await manager.findOneBy(Visit, { id: visitId, status: 'BOOKED' });
        if (!visit) throw notFound('Visit');
        const day = await manager.findOne(ClinicDay, {
          where: { id: visit.clinicDayId },
          lock: { mode: 'pessimistic_write' },
        });
        if (!day || day.status !== 'BOOKED')
          throw conflict('The visit’s clinic day is not booked.');
        const siblings = await manager.findBy(Visit, { clinicDayId: day.id, status: 'BOOKED' });
        const context: PlanningContext = await this.planner.context(
          {
            patientId: day.patientId,
            siteId: day.siteId,
            program: day.program,
            optionalSteps: await this.optionalStepsOf(day, siblings, manager),
          },
          manager,
        );
        const ownSlots = siblings.map((v) => v.slotId).filter((s): s is string => s !== null);
        const request = await this.planner.dayRequest(
          context,
          parseLocalDate(day.day),
          manager,
          ownSlots,
        );
        const index = request.steps.findIndex((s) => s.key === visit.step);
        const target = request.candidates[index]?.find((c) => c.slotId === slotId);
        if (!target) throw badInput('slotId', 'That slot is not free for this step on this day.');
        const placed: PlacedVisit[] = siblings.map((v) =>
          v.id === visit.id
            ? { ...target, stepKey: v.step }
            : {
                stepKey: v.step,
                slotId: v.slotId ?? '',
                specialistId: v.specialistId,
                roomId: v.roomId,
                start: v.startsAt.getTime(),
                end: v.endsAt.getTime(),
              },
        );
        const lunch =
          day.lunchStartsAt && day.lunchEndsAt
            ? { start: day.lunchStartsAt.getTime(), end: day.lunchEndsAt.getTime() }
            : null;
        const checked = checkItinerary(request, placed, lunch);
        if (!checked.ok) throw badInput('slotId', `That move breaks the day: ${checked.problem}.`);
        if (visit.slotId) await manager.update(Slot, { id: visit.slotId }, { status: 'FREE' });
        await this.claimSlots(manager, [slotId]);
        await manager.update(Visit, { id: visit.id }, placement(target));
        change.audit({ action: 'RESCHEDULE', entity: 'Visit', entityId: visit.id });
        this.events.announce(change, {
          siteId: day.siteId,
          date: day.day,
          reason: 'RESCHEDULED',
        });
        return day;
      });
    } catch (error) {
      if (error instanceof SlotGone || isConstraintConflict(error)) throw slotTaken(null);
      throw error;
    }
  }

  private async optionalStepsOf(
    day: ClinicDay,
    visits: Visit[],
    manager: EntityManager,
  ): Promise<string[]> {
    const template = await this.planner.context(
      { patientId: day.patientId, siteId: day.siteId, program: day.program },
      manager,
    );
    const optional = new Set(template.template.steps.filter((s) => !s.required).map((s) => s.key));
    return visits.map((v) => v.step).filter((k) => optional.has(k));
  }
}

/** Where and when a visit happens, from the optimiser's slot candidate. */
function placement(c: {
  slotId: string;
  specialistId: string;
  roomId: string;
  start: number;
  end: number;
}) {
  return {
    slotId: c.slotId,
    specialistId: c.specialistId,
    roomId: c.roomId,
    startsAt: new Date(c.start),
    endsAt: new Date(c.end),
  };
}
