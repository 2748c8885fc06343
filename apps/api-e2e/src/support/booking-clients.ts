import type { ApiProcess } from './api-process.js';

const OPTIONS = `query($input: ClinicDayOptionsInput!) {
  clinicDayOptions(input: $input) {
    feasible
    days { date options { lunch { startsAt } visits { stepKey slotId startsAt } } }
  }
}`;
const BOOK = `mutation($input: BookClinicDayInput!) { bookClinicDay(input: $input) { id visits { id } } }`;
const CANCEL = `mutation($id: ID!, $reason: String!) { cancelClinicDay(id: $id, reason: $reason) { id } }`;

const PROGRAMS = ['BREAST', 'PROSTATE', 'HEAD_AND_NECK'];
/** Answers a lost race may get; anything else is a failure of the test. */
const EXPECTED_REFUSALS = new Set(['SLOT_TAKEN', 'CONFLICT', 'NO_FEASIBLE_DAY']);

export interface BookingTally {
  /** Bookings sent (each after options were offered). */
  attempts: number;
  booked: { id: string; visits: number; at: number }[];
  cancelled: number;
  refused: Record<string, number>;
  /** Requests that never got an answer (the instance died). */
  unanswered: number;
  unexpected: string[];
}

export interface BookingRun {
  apis: ApiProcess[];
  token: string;
  siteId: string;
  patientIds: string[];
  dates: string[];
  clients: number;
  until: () => boolean;
}

/**
 * Coordinators booking at once: each client picks a patient, a program and a date, asks for
 * options, books one of them, and now and then cancels one of its own days so the calendar
 * never fills up. Requests alternate between the api instances.
 */
export async function runBookingClients(run: BookingRun): Promise<BookingTally> {
  const tally: BookingTally = {
    attempts: 0,
    booked: [],
    cancelled: 0,
    refused: {},
    unanswered: 0,
    unexpected: [],
  };
  let request = 0;
  const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)];
  const call = async <T>(query: string, variables: Record<string, unknown>) => {
    const api = run.apis[request++ % run.apis.length];
    try {
      return await api.gql<T>(query, variables, run.token);
    } catch {
      tally.unanswered++;
      return null;
    }
  };
  const note = (errors: { message: string; extensions?: { code?: string } }[]) => {
    const code = errors[0].extensions?.code ?? 'NONE';
    if (EXPECTED_REFUSALS.has(code)) tally.refused[code] = (tally.refused[code] ?? 0) + 1;
    else tally.unexpected.push(`${code}: ${errors[0].message}`);
  };
  const client = async (n: number) => {
    const mine: string[] = [];
    let full = false;
    for (let i = 0; !run.until(); i++) {
      // Cancel one's own days now and then, and whenever the day offered nothing: the freed
      // times are what the other clients race for next.
      if (mine.length > 0 && (full || (mine.length > 2 && i % 5 === 4))) {
        const id = mine.splice(Math.floor(Math.random() * mine.length), 1)[0];
        const cancelled = await call(CANCEL, { id, reason: 'race test' });
        if (cancelled?.errors) note(cancelled.errors);
        else tally.cancelled++;
        full = false;
        continue;
      }
      const input = {
        patientId: pick(run.patientIds),
        program: pick(PROGRAMS),
        siteId: run.siteId,
        date: pick(run.dates),
      };
      const options = await call<{
        clinicDayOptions: {
          feasible: boolean;
          days: {
            options: {
              lunch: { startsAt: string } | null;
              visits: { stepKey: string; slotId: string; startsAt: string }[];
            }[];
          }[];
        };
      }>(OPTIONS, { input });
      const choices = options?.data?.clinicDayOptions.days[0]?.options ?? [];
      if (options?.errors) note(options.errors);
      full = choices.length === 0;
      if (full) continue;
      tally.attempts++;
      const option = pick(choices.slice(0, 3));
      const result = await call<{ bookClinicDay: { id: string; visits: { id: string }[] } }>(BOOK, {
        input: {
          ...input,
          idempotencyKey: `race-${n}-${i}-${Date.now()}`,
          lunchStartsAt: option.lunch?.startsAt ?? null,
          visits: option.visits,
        },
      });
      if (result?.errors) note(result.errors);
      const day = result?.data?.bookClinicDay;
      if (day) {
        tally.booked.push({ id: day.id, visits: day.visits.length, at: Date.now() });
        mine.push(day.id);
      }
    }
  };
  await Promise.all(Array.from({ length: run.clients }, (_, n) => client(n)));
  return tally;
}

/** The next `count` weekdays from `after` days ahead, as the Los Angeles demo site counts days. */
export function weekdaysAhead(after: number, count: number): string[] {
  const la = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles' }).format(
    new Date(),
  );
  const day = new Date(`${la}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + after);
  const dates: string[] = [];
  while (dates.length < count) {
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) dates.push(day.toISOString().slice(0, 10));
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return dates;
}

/** The demo site and every patient, as a coordinator sees them. */
export async function demoCenter(api: ApiProcess, token: string) {
  const result = await api.gql<{ sites: { id: string }[]; patients: { id: string }[] }>(
    '{ sites { id } patients { id } }',
    {},
    token,
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return { siteId: result.data.sites[0].id, patientIds: result.data.patients.map((p) => p.id) };
}
