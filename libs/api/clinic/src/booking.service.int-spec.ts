import { AuditModule } from '@oneday/api-audit';
import { AuthModule } from '@oneday/api-auth';
import { CasesModule } from '@oneday/api-cases';
import {
  featureTestingModule,
  refusal,
  type BreastDay,
  type FeatureTestingModule,
  type TestActor,
} from '@oneday/api-testing';
import { randomUUID } from 'node:crypto';
import { BookingService } from './booking.service.js';
import { ClinicDayPlanner } from './clinic-day-planner.service.js';
import { ClinicModule } from './clinic.module.js';
import { DayScheduleService } from './day-schedule.service.js';
import type { BookClinicDayInput } from './dto/book-clinic-day.input.js';

describe('BookingService', () => {
  let t: FeatureTestingModule;
  let booking: BookingService;
  let planner: ClinicDayPlanner;
  let coordinator: TestActor;

  beforeAll(async () => {
    t = await featureTestingModule({
      imports: [
        AuditModule,
        // A clinic day names who booked it (a user) and whose patient it is (with relations).
        AuthModule.forRoot({ jwtSecret: 'lib-test-secret', tokenTtlSeconds: 600 }),
        CasesModule,
        ClinicModule,
      ],
    });
    booking = t.get(BookingService);
    planner = t.get(ClinicDayPlanner);
    coordinator = await t.anActor('COORDINATOR');
  });
  afterAll(() => t?.close());

  /** As the coordinator's screen does it: the planner's best option for the day, as a booking. */
  const bestOption = async (day: BreastDay, patientId: string): Promise<BookClinicDayInput> => {
    const input = { patientId, siteId: day.site.id, program: 'BREAST' as const, date: day.date };
    const options = await planner.options(coordinator, input);
    expect(options).toMatchObject({ feasible: true, days: [{ date: day.date }] });
    const [option] = options.days[0].options;
    return {
      ...input,
      idempotencyKey: randomUUID(),
      lunchStartsAt: option.lunch?.startsAt,
      visits: option.visits.map((v) => ({
        stepKey: v.stepKey,
        slotId: v.slotId,
        startsAt: v.startsAt,
      })),
    };
  };

  it('books the planner’s option: the day, its visits and slots BOOKED, a BOOK audit row, a notification after commit', async () => {
    const day = await t.aBreastDay();
    const patientId = await t.aPatient({ language: 'es', needs: { interpreter: true } });
    const input = await bestOption(day, patientId);
    const board = await t.listen('day_schedule_changed');

    const dayId = await booking.book(coordinator, input);

    expect(
      await t.sql(
        'SELECT patient_id, day::text AS day, status, booked_by_id FROM clinic_day WHERE id = $1',
        [dayId],
      ),
    ).toEqual([
      { patient_id: patientId, day: day.date, status: 'BOOKED', booked_by_id: coordinator.userId },
    ]);
    const visits = await t.sql<{ step: string; slot_id: string; status: string }>(
      'SELECT step, slot_id, status FROM visit WHERE clinic_day_id = $1 ORDER BY starts_at',
      [dayId],
    );
    expect(visits.map((v) => v.step)).toEqual(input.visits.map((v) => v.stepKey));
    expect(visits.every((v) => v.status === 'BOOKED')).toBe(true);
    const slotIds = input.visits.map((v) => v.slotId);
    expect(await t.count('slot', `id = ANY($1) AND status = 'BOOKED'`, [slotIds])).toBe(
      new Set(slotIds).size,
    );
    expect(
      await t.sql(
        'SELECT actor_id, action, entity, outcome FROM audit_event WHERE entity_id = $1',
        [dayId],
      ),
    ).toEqual([
      { actor_id: coordinator.userId, action: 'BOOK', entity: 'ClinicDay', outcome: 'ALLOWED' },
    ]);
    expect(await board.next()).toEqual([{ siteId: day.site.id, date: day.date, reason: 'BOOKED' }]);
  });

  it('answers the same day again for the same idempotency key, booking once', async () => {
    const day = await t.aBreastDay();
    const patientId = await t.aPatient();
    const input = await bestOption(day, patientId);
    const first = await booking.book(coordinator, input);
    expect(await booking.book(coordinator, input)).toBe(first);
    expect(await t.count('clinic_day', 'patient_id = $1', [patientId])).toBe(1);
  });

  it('answers SLOT_TAKEN with fresh options for slots already booked, and books nothing', async () => {
    const day = await t.aBreastDay();
    const first = await bestOption(day, await t.aPatient());
    await booking.book(coordinator, first);
    const second = await t.aPatient();
    const before = [await t.count('clinic_day'), await t.count('visit')];

    const refused = await refusal(
      booking.book(coordinator, { ...first, patientId: second, idempotencyKey: randomUUID() }),
    );

    expect(refused.code).toBe('SLOT_TAKEN');
    expect([await t.count('clinic_day'), await t.count('visit')]).toEqual(before);
    expect(
      await t.sql(
        `SELECT outcome, detail FROM audit_event WHERE action = 'BOOK' AND outcome <> 'ALLOWED'`,
      ),
    ).toEqual([{ outcome: 'FAILED', detail: 'slot taken' }]);
    // The fresh options avoid the taken slots: the second patient can still be booked.
    const retry = await bestOption(day, second);
    expect(retry.visits.some((v) => first.visits.some((f) => f.slotId === v.slotId))).toBe(false);
    await expect(booking.book(coordinator, retry)).resolves.toEqual(expect.any(String));
  });

  it('refuses a date that is not in the future with BAD_USER_INPUT on date', async () => {
    const day = await t.aBreastDay();
    const input = await bestOption(day, await t.aPatient());
    expect(
      await refusal(booking.book(coordinator, { ...input, date: '2020-01-06' })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date' });
  });

  it('cancel frees the slots, cancels the visits and announces it', async () => {
    const day = await t.aBreastDay();
    const input = await bestOption(day, await t.aPatient());
    const dayId = await booking.book(coordinator, input);
    const board = await t.listen('day_schedule_changed');

    const cancelled = await booking.cancel(coordinator, dayId, 'patient unwell');

    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelReason: 'patient unwell' });
    const slotIds = input.visits.map((v) => v.slotId);
    expect(await t.count('slot', `id = ANY($1) AND status = 'FREE'`, [slotIds])).toBe(
      new Set(slotIds).size,
    );
    expect(await t.count('visit', `clinic_day_id = $1 AND status = 'BOOKED'`, [dayId])).toBe(0);
    expect(
      await t.sql(`SELECT detail FROM audit_event WHERE entity_id = $1 AND action = 'CANCEL'`, [
        dayId,
      ]),
    ).toEqual([{ detail: 'patient unwell' }]);
    expect(await board.next()).toEqual([
      { siteId: day.site.id, date: day.date, reason: 'CANCELLED' },
    ]);
    expect(await refusal(booking.cancel(coordinator, dayId, 'again'))).toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('reschedule moves a visit to a colleague’s free slot (the old slot FREE again), and refuses a slot not free', async () => {
    const day = await t.aBreastDay();
    const input = await bestOption(day, await t.aPatient());
    const dayId = await booking.book(coordinator, input);
    const surgeon = day.specialists.get('BREAST_SURGEON')!;
    const [visit] = await t.sql<{ id: string; slot_id: string; room_id: string; starts_at: Date }>(
      'SELECT id, slot_id, room_id, starts_at FROM visit WHERE clinic_day_id = $1 AND specialist_id = $2',
      [dayId, surgeon],
    );
    const [slot] = await t.sql<{ starts_at: Date; ends_at: Date }>(
      'SELECT starts_at, ends_at FROM slot WHERE id = $1',
      [visit.slot_id],
    );
    // The same time and room with another breast surgeon: the day's rules hold as they were.
    const colleague = await t.aSpecialist({ siteId: day.site.id, specialty: 'BREAST_SURGEON' });
    const target = await t.aSlot({
      specialistId: colleague,
      siteId: day.site.id,
      roomId: visit.room_id,
      startsAt: slot.starts_at,
      minutes: (slot.ends_at.getTime() - slot.starts_at.getTime()) / 60_000,
    });

    await booking.reschedule(coordinator, visit.id, target);

    expect(
      await t.sql('SELECT specialist_id, slot_id, starts_at FROM visit WHERE id = $1', [visit.id]),
    ).toEqual([{ specialist_id: colleague, slot_id: target, starts_at: visit.starts_at }]);
    expect(
      await t.sql('SELECT status FROM slot WHERE id = ANY($1) ORDER BY id = $2', [
        [visit.slot_id, target],
        target,
      ]),
    ).toEqual([{ status: 'FREE' }, { status: 'BOOKED' }]);
    expect(
      await t.count('audit_event', `action = 'RESCHEDULE' AND entity_id = $1`, [visit.id]),
    ).toBe(1);

    // A slot another visit of the day holds is not free.
    const notFree = input.visits.find((v) => v.slotId !== visit.slot_id)!.slotId;
    expect(await refusal(booking.reschedule(coordinator, visit.id, notFree))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'slotId',
    });
    expect(await t.sql('SELECT slot_id FROM visit WHERE id = $1', [visit.id])).toEqual([
      { slot_id: target },
    ]);
  });

  it('blockTime blocks the free slots and reports the booked visits it covers', async () => {
    const day = await t.aBreastDay();
    const input = await bestOption(day, await t.aPatient({ givenName: 'Lena', familyName: 'Ito' }));
    const dayId = await booking.book(coordinator, input);
    const surgeon = day.specialists.get('BREAST_SURGEON')!;
    const [visit] = await t.sql<{ id: string; step: string }>(
      'SELECT id, step FROM visit WHERE clinic_day_id = $1 AND specialist_id = $2',
      [dayId, surgeon],
    );
    const free = await t.count('slot', `specialist_id = $1 AND status = 'FREE'`, [surgeon]);
    const [{ from, to }] = await t.sql<{ from: Date; to: Date }>(
      'SELECT min(starts_at) AS from, max(ends_at) AS to FROM slot WHERE specialist_id = $1',
      [surgeon],
    );

    const result = await t.get(DayScheduleService).blockTime(coordinator, {
      specialistId: surgeon,
      startsAt: from,
      endsAt: to,
      reason: 'Operating room',
    });

    expect(result).toEqual({
      blockedSlots: free,
      affectedVisits: [
        {
          visitId: visit.id,
          clinicDayId: dayId,
          patientName: 'Lena Ito',
          step: visit.step,
          startsAt: expect.any(Date),
        },
      ],
    });
    expect(await t.count('slot', `specialist_id = $1 AND status = 'FREE'`, [surgeon])).toBe(0);
    expect(await t.count('visit', `id = $1 AND status = 'BOOKED'`, [visit.id])).toBe(1);
  });
});
