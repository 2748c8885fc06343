import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, badInput, notFound } from '@oneday/api-common';
import { PatientsService, type PatientRecord } from '@oneday/api-patients';
import { StaffDirectory, type SiteRecord } from '@oneday/api-specialists';
import {
  addLocalDays,
  buildItineraryRequest,
  findItineraries,
  formatLocalDate,
  localDateOf,
  localDayBounds,
  parseLocalDate,
  type Actor,
  type ClinicProgram,
  type Itinerary,
  type ItineraryRequest,
  type ItineraryResult,
  type LocalDate,
  type ProgramTemplate,
  type Specialty,
} from '@oneday/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { ClinicDay } from './clinic-day.entity.js';
import type { ClinicDayOptionsInput } from './dto/clinic-day-options.input.js';
import { FreeSlotsRepository } from './free-slots.repository.js';
import type {
  ClinicDayOptionsModel,
  ItineraryOptionModel,
} from './models/clinic-day-options.model.js';
import { ProgramsService } from './programs.service.js';

const MAX_RANGE_DAYS = 31;
const DAYS_TO_OFFER = 3;
const OPTIONS_PER_DAY = 3;
const MINUTE = 60_000;

export interface PlanningContext {
  site: SiteRecord;
  patient: PatientRecord;
  template: ProgramTemplate;
  optionalSteps: string[];
  /** Everyone who serves the program, with their specialty. */
  staff: Map<string, Specialty>;
}

export interface DayPlan {
  date: LocalDate;
  request: ItineraryRequest;
  result: ItineraryResult;
}

/** Reads what a day depends on and asks the domain optimiser; owns no decision itself. */
@Injectable()
export class ClinicDayPlanner {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly freeSlots: FreeSlotsRepository,
    private readonly programs: ProgramsService,
    private readonly audit: AuditLog,
    private readonly patients: PatientsService,
    private readonly directory: StaffDirectory,
  ) {}

  async context(
    input: {
      patientId: string;
      siteId: string;
      program: ClinicProgram;
      optionalSteps?: string[];
    },
    manager: EntityManager,
  ): Promise<PlanningContext> {
    const site = await this.directory.site(input.siteId);
    if (!site) throw notFound('Site');
    const patient = await this.patients.record(input.patientId);
    if (!patient) throw notFound('Patient');
    const template = await this.programs.get(input.program, manager);
    const staff = await this.directory.staffAt(null, template.program);
    const optionalKeys = template.steps.filter((s) => !s.required).map((s) => s.key);
    const optionalSteps = input.optionalSteps ?? [];
    const unknown = optionalSteps.find((k) => !optionalKeys.includes(k));
    if (unknown)
      throw badInput('optionalSteps', `${unknown} is not an optional step of this program.`);
    return {
      site,
      patient,
      template,
      optionalSteps,
      staff: new Map(staff.map((s) => [s.id, s.specialty])),
    };
  }

  /** Site-local "today": a day can be booked from tomorrow on. */
  today(site: SiteRecord, now = new Date()): LocalDate {
    return localDateOf(now, site.timeZone);
  }

  parseDate(text: string, field: string, site: SiteRecord): LocalDate {
    let date: LocalDate;
    try {
      date = parseLocalDate(text);
    } catch {
      throw badInput(field, `${text} is not a calendar date.`);
    }
    if (formatLocalDate(date) <= formatLocalDate(this.today(site))) {
      throw badInput(field, 'Clinic days can be booked from tomorrow on.');
    }
    return date;
  }

  async planDay(
    context: PlanningContext,
    date: LocalDate,
    manager: EntityManager,
  ): Promise<DayPlan> {
    const request = await this.dayRequest(context, date, manager);
    return { date, request, result: findItineraries(request, OPTIONS_PER_DAY) };
  }

  /** What the day offers (free slots per step, the rules), without ranking any itinerary. */
  async dayRequest(
    context: PlanningContext,
    date: LocalDate,
    manager: EntityManager,
    alsoSlotIds: string[] = [],
  ): Promise<ItineraryRequest> {
    const { start, end } = localDayBounds(date, context.site.timeZone);
    const slots = await this.freeSlots.forDay(
      {
        siteId: context.site.id,
        staff: context.staff,
        from: start,
        to: end,
        alsoSlotIds,
      },
      manager,
    );
    return buildItineraryRequest({
      template: context.template,
      optionalSteps: context.optionalSteps,
      slots,
      date,
      dayLabel: formatLocalDate(date),
      timeZone: context.site.timeZone,
      needs: {
        interpreter: context.patient.needsInterpreter,
        mobilityAssistance: context.patient.needsMobilityAssistance,
      },
    });
  }

  private async bookedDates(
    patientId: string,
    from: LocalDate,
    to: LocalDate,
  ): Promise<Set<string>> {
    const rows = await this.dataSource
      .getRepository(ClinicDay)
      .createQueryBuilder('d')
      .select('d.day', 'day')
      .where("d.patient_id = :patientId AND d.status = 'BOOKED' AND d.day BETWEEN :from AND :to", {
        patientId,
        from: formatLocalDate(from),
        to: formatLocalDate(to),
      })
      .getRawMany<{ day: string }>();
    return new Set(rows.map((r) => r.day));
  }

  async options(actor: Actor, input: ClinicDayOptionsInput): Promise<ClinicDayOptionsModel> {
    const reads = this.dataSource.manager;
    const context = await this.context(input, reads);
    // The patient's record (needs, booked days) shapes the answer: that is a read of it.
    await this.audit.record({
      actor,
      action: 'READ',
      entity: 'Patient',
      entityId: context.patient.id,
      outcome: 'ALLOWED',
      detail: 'clinic day options',
    });
    const { first, last } = this.range(input, context.site);
    const booked = await this.bookedDates(context.patient.id, first, last);
    const names = await this.names(context.site.id);
    const days: ClinicDayOptionsModel['days'] = [];
    let firstReason: string | null = null;
    for (
      let date = first;
      formatLocalDate(date) <= formatLocalDate(last);
      date = addLocalDays(date, 1)
    ) {
      const label = formatLocalDate(date);
      if (booked.has(label)) {
        firstReason ??= `${context.patient.givenName} ${context.patient.familyName} already has a clinic day on ${label}.`;
        continue;
      }
      const plan = await this.planDay(context, date, reads);
      if (!plan.result.feasible) {
        firstReason ??= plan.result.reason;
        continue;
      }
      days.push({
        date: label,
        options: plan.result.options.map((o, i) => this.toOption(plan.request, o, i + 1, names)),
      });
      if (days.length >= DAYS_TO_OFFER) break;
    }
    return { feasible: days.length > 0, reason: days.length > 0 ? null : firstReason, days };
  }

  private range(
    input: ClinicDayOptionsInput,
    site: SiteRecord,
  ): { first: LocalDate; last: LocalDate } {
    if (input.date) {
      const day = this.parseDate(input.date, 'date', site);
      return { first: day, last: day };
    }
    if (!input.from || !input.to) throw badInput('date', 'Give a date, or a from and a to date.');
    const first = this.parseDate(input.from, 'from', site);
    const last = parseLocalDate(input.to);
    if (formatLocalDate(last) < formatLocalDate(first))
      throw badInput('to', 'The search ends before it starts.');
    if (formatLocalDate(addLocalDays(first, MAX_RANGE_DAYS)) < formatLocalDate(last)) {
      throw badInput('to', `Search at most ${MAX_RANGE_DAYS} days at a time.`);
    }
    return { first, last };
  }

  async names(
    siteId: string,
  ): Promise<{ specialists: Map<string, string>; rooms: Map<string, string> }> {
    const [specialists, rooms] = await Promise.all([
      this.directory.staffAt(siteId),
      this.directory.roomsAt(siteId),
    ]);
    return {
      specialists: new Map(specialists.map((s) => [s.id, s.name])),
      rooms: new Map(rooms.map((r) => [r.id, r.name])),
    };
  }

  toOption(
    request: ItineraryRequest,
    option: Itinerary,
    rank: number,
    names: { specialists: Map<string, string>; rooms: Map<string, string> },
  ): ItineraryOptionModel {
    const steps = new Map(request.steps.map((s) => [s.key, s]));
    return {
      rank,
      arrivalAt: new Date(option.arrival),
      departureAt: new Date(option.departure),
      spanMinutes: Math.round(option.spanMs / MINUTE),
      waitingMinutes: Math.round(option.waitingMs / MINUTE),
      roomChanges: option.roomChanges,
      lunch: option.lunch
        ? { startsAt: new Date(option.lunch.start), endsAt: new Date(option.lunch.end) }
        : null,
      visits: option.visits.map((v) => ({
        stepKey: v.stepKey,
        stepLabel: steps.get(v.stepKey)?.label ?? v.stepKey,
        // Every placed visit is one of the request's steps.
        specialty: steps.get(v.stepKey)!.specialty,
        slotId: v.slotId,
        specialistId: v.specialistId,
        specialistName: names.specialists.get(v.specialistId) ?? '',
        roomId: v.roomId,
        room: names.rooms.get(v.roomId) ?? '',
        startsAt: new Date(v.start),
        endsAt: new Date(v.end),
      })),
    };
  }
}
