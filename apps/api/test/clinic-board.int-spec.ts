import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { DEMO_SITE_ID, demoId } from '../src/seed/demo-ids.js';
import { bookBestDay } from './book-best-day.js';
import { weekdayAhead } from './clinic-dates.js';
import { startTestApi, type TestApi } from './test-api.js';

const BOARD = `query($siteId: ID!, $date: String!) { daySchedule(siteId: $siteId, date: $date) {
  timeZone rows { specialistId specialty slots { id status startsAt } visits { id patientName step } } } }`;

describe('the board, changes to a booked day, and live updates', () => {
  let api: TestApi;
  let coordinator: string;
  const date = weekdayAhead(10);

  const bookFor = (patientId: string, key: string, day = date) =>
    bookBestDay(api, coordinator, patientId, day, key);

  beforeAll(async () => {
    api = await startTestApi();
    coordinator = await api.loginAs('coordinator@oneday.test');
  });
  afterAll(() => api.close());

  it("shows every specialist's slots and the booked visits", async () => {
    const day = await bookFor(demoId(4, 8), 'board-fatima-01');
    const board = await api.gql<{
      daySchedule: {
        timeZone: string;
        rows: { slots: { status: string }[]; visits: { patientName: string }[] }[];
      };
    }>(BOARD, { siteId: DEMO_SITE_ID, date }, coordinator);
    expect(board.data?.daySchedule.timeZone).toBe('America/Los_Angeles');
    expect(board.data?.daySchedule.rows).toHaveLength(18);
    const visits = board.data?.daySchedule.rows.flatMap((r) => r.visits) ?? [];
    expect(visits.filter((v) => v.patientName === 'Fatima Rahman')).toHaveLength(day.visits.length);
  });

  it('reads the board in the same number of queries for 18 specialists or 60', async () => {
    const queriesForOneBoard = async () => {
      const before = await api.sqlStatements();
      const board = await api.gql<{ daySchedule: { rows: unknown[] } }>(
        BOARD,
        { siteId: DEMO_SITE_ID, date },
        coordinator,
      );
      return {
        rows: board.data!.daySchedule.rows.length,
        queries: (await api.sqlStatements()) - before,
      };
    };
    const small = await queriesForOneBoard();
    const added: { id: string }[] = await api.dataSource.query(
      `INSERT INTO specialist (site_id, name, specialty, programs)
       SELECT $1, 'Board test ' || n, 'DIETITIAN', '{HEAD_AND_NECK}' FROM generate_series(1, 42) n RETURNING id`,
      [DEMO_SITE_ID],
    );
    for (const { id } of added.slice(0, 5))
      await api.gql(
        'mutation($input: SetAvailabilityInput!) { setAvailability(input: $input) { slotsCreated } }',
        {
          input: {
            specialistId: id,
            hours: [1, 2, 3, 4, 5].map((isoWeekday) => ({
              isoWeekday,
              start: '08:00',
              end: '12:00',
              slotMinutes: 30,
            })),
            horizonDays: 21,
          },
        },
        coordinator,
      );
    const large = await queriesForOneBoard();
    expect(small.rows).toBe(18);
    expect(large.rows).toBe(60);
    expect(large.queries).toBe(small.queries);
    expect(small.queries).toBeLessThanOrEqual(6);
    await api.dataSource.query('DELETE FROM slot WHERE specialist_id = ANY($1)', [
      added.map((a) => a.id),
    ]);
    await api.dataSource.query('DELETE FROM availability_template WHERE specialist_id = ANY($1)', [
      added.map((a) => a.id),
    ]);
    await api.dataSource.query('DELETE FROM specialist WHERE id = ANY($1)', [
      added.map((a) => a.id),
    ]);
  });

  it('moves one visit and keeps the others; refuses a move that breaks the order', async () => {
    const day = await bookFor(demoId(4, 10), 'move-samuel-01');
    const intake = day.visits.find((v) => v.step === 'NAVIGATOR_INTAKE')!;
    // Moving the intake after the wrap-up breaks "intake first".
    const [late] = await api.dataSource.query(
      `SELECT s.id FROM slot s JOIN specialist sp ON sp.id = s.specialist_id
        WHERE sp.specialty = 'NURSE_NAVIGATOR' AND s.status = 'FREE' AND s.starts_at > $1 ORDER BY s.starts_at DESC LIMIT 1`,
      [day.visits.at(-1)!.startsAt],
    );
    const MOVE =
      'mutation($visitId: ID!, $slotId: ID!) { rescheduleVisit(visitId: $visitId, slotId: $slotId) { id visits { id startsAt } } }';
    const refused = await api.gql(MOVE, { visitId: intake.id, slotId: late.id }, coordinator);
    expect(refused.errors?.[0].extensions?.['field']).toBe('slotId');
    // The other navigator is free at the same time: the wrap-up moves to her, nothing else moves.
    const wrapUp = day.visits.find((v) => v.step === 'NAVIGATOR_WRAP_UP')!;
    const [other] = await api.dataSource.query(
      `SELECT s.id FROM slot s JOIN specialist sp ON sp.id = s.specialist_id
        WHERE sp.specialty = 'NURSE_NAVIGATOR' AND s.status = 'FREE' AND s.starts_at = $1`,
      [wrapUp.startsAt],
    );
    const result = await api.gql<{
      rescheduleVisit: { visits: { id: string; startsAt: string }[] };
    }>(MOVE, { visitId: wrapUp.id, slotId: other.id }, coordinator);
    expect(result.errors).toBeUndefined();
    expect(result.data?.rescheduleVisit.visits.map((v) => v.startsAt)).toEqual(
      day.visits.map((v) => v.startsAt),
    );
    const [{ slot_id: slotId }] = await api.dataSource.query(
      'SELECT slot_id FROM visit WHERE id = $1',
      [wrapUp.id],
    );
    expect(slotId).toBe(other.id);
  });

  it('reports booked visits inside blocked time instead of dropping them', async () => {
    const day = await bookFor(demoId(4, 12), 'block-david-01');
    const surgery = day.visits.find((v) => v.step === 'BREAST_SURGERY')!;
    const [{ specialist_id: specialistId }] = await api.dataSource.query(
      'SELECT specialist_id FROM visit WHERE id = $1',
      [surgery.id],
    );
    const start = new Date(new Date(surgery.startsAt).getTime() - 3_600_000);
    const end = new Date(new Date(surgery.startsAt).getTime() + 3_600_000);
    const result = await api.gql<{
      blockTime: {
        blockedSlots: number;
        affectedVisits: { visitId: string; patientName: string }[];
      };
    }>(
      'mutation($input: BlockTimeInput!) { blockTime(input: $input) { blockedSlots affectedVisits { visitId patientName step } } }',
      { input: { specialistId, startsAt: start, endsAt: end, reason: 'Tumor board' } },
      coordinator,
    );
    expect(result.data?.blockTime.affectedVisits).toContainEqual(
      expect.objectContaining({ visitId: surgery.id, patientName: 'David Goldberg' }),
    );
    expect(result.data?.blockTime.blockedSlots).toBeGreaterThan(0);
    const [{ status }] = await api.dataSource.query('SELECT status FROM visit WHERE id = $1', [
      surgery.id,
    ]);
    expect(status).toBe('BOOKED');
  });

  it("replaces a specialist's weekly hours and regenerates the free slots", async () => {
    const plastic = demoId(3, 8);
    const SET =
      'mutation($input: SetAvailabilityInput!) { setAvailability(input: $input) { slotsCreated freeSlotsRemoved visitsOutsideHours { visitId } } }';
    const result = await api.gql<{
      setAvailability: { slotsCreated: number; freeSlotsRemoved: number };
    }>(
      SET,
      {
        input: {
          specialistId: plastic,
          hours: [{ isoWeekday: 1, start: '09:00', end: '11:00', slotMinutes: 30 }],
          horizonDays: 14,
        },
      },
      coordinator,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.setAvailability.slotsCreated).toBe(8);
    expect(result.data?.setAvailability.freeSlotsRemoved).toBeGreaterThan(50);
    const weekdays = await api.dataSource.query(
      `SELECT DISTINCT extract(isodow FROM starts_at AT TIME ZONE 'America/Los_Angeles')::int AS d,
              to_char(min(starts_at AT TIME ZONE 'America/Los_Angeles'), 'HH24:MI') AS first
         FROM slot WHERE specialist_id = $1 AND status = 'FREE' AND starts_at > now() + interval '1 day' AND starts_at < now() + interval '14 days'
        GROUP BY 1`,
      [plastic],
    );
    expect(weekdays).toEqual([{ d: 1, first: '09:00' }]);
    const bad = await api.gql(
      SET,
      {
        input: {
          specialistId: plastic,
          hours: [{ isoWeekday: 1, start: '11:00', end: '09:00', slotMinutes: 30 }],
        },
      },
      coordinator,
    );
    expect(bad.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'hours.0.end' });
  });

  it('cancels a day and frees its slots', async () => {
    const day = await bookFor(demoId(4, 5), 'cancel-hiroshi-01', weekdayAhead(11));
    const result = await api.gql<{ cancelClinicDay: { status: string } }>(
      'mutation($id: ID!, $reason: String!) { cancelClinicDay(id: $id, reason: $reason) { status } }',
      { id: day.id, reason: 'Patient chose another center' },
      coordinator,
    );
    expect(result.data?.cancelClinicDay.status).toBe('CANCELLED');
    const statuses = await api.dataSource.query(
      `SELECT DISTINCT s.status FROM slot s JOIN visit v ON v.slot_id = s.id WHERE v.clinic_day_id = $1`,
      [day.id],
    );
    expect(statuses).toEqual([{ status: 'FREE' }]);
    const again = await api.gql(
      'mutation($id: ID!) { cancelClinicDay(id: $id, reason: "twice") { status } }',
      { id: day.id },
      coordinator,
    );
    expect(again.errors?.[0].extensions?.['code']).toBe('CONFLICT');
  });

  it('tells every subscribed board when a day changes', async () => {
    const ws = createClient({
      url: api.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${coordinator}` },
    });
    const received = new Promise<unknown>((resolve, reject) => {
      const stop = ws.subscribe(
        {
          query:
            'subscription($siteId: ID!, $date: String!) { dayScheduleChanged(siteId: $siteId, date: $date) { siteId date reason } }',
          variables: { siteId: DEMO_SITE_ID, date },
        },
        {
          next: (message) => {
            stop();
            resolve(message.data);
          },
          error: reject,
          complete: () => undefined,
        },
      );
    });
    await new Promise((r) => setTimeout(r, 300));
    await bookFor(demoId(4, 7), 'live-carlos-01');
    await expect(received).resolves.toEqual({
      dayScheduleChanged: { siteId: DEMO_SITE_ID, date, reason: 'BOOKED' },
    });
    await ws.dispose();
  });

  it('refuses a subscription without a valid token', async () => {
    const ws = createClient({
      url: api.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: 'Bearer nope' },
    });
    const outcome = await new Promise<unknown>((resolve) => {
      ws.subscribe(
        {
          query:
            'subscription($siteId: ID!, $date: String!) { dayScheduleChanged(siteId: $siteId, date: $date) { reason } }',
          variables: { siteId: DEMO_SITE_ID, date },
        },
        { next: (m) => resolve(m), error: (e) => resolve(e), complete: () => resolve('complete') },
      );
    });
    expect(JSON.stringify(outcome)).toContain('UNAUTHENTICATED');
    await ws.dispose();
  });
});
