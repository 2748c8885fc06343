import { DEMO_SITE_ID, demoId } from '../src/seed/demo-ids.js';
import { weekdayAhead, weekendAhead } from './clinic-dates.js';
import { startTestApi, type TestApi } from './test-api.js';

const OPTIONS = `query($input: ClinicDayOptionsInput!) {
  clinicDayOptions(input: $input) {
    feasible reason
    days { date options { rank arrivalAt departureAt spanMinutes waitingMinutes roomChanges lunch { startsAt endsAt }
      visits { stepKey stepLabel specialty slotId specialistName room startsAt endsAt } } }
  }
}`;
const BOOK = `mutation($input: BookClinicDayInput!) { bookClinicDay(input: $input) { id date status visits { id step specialty startsAt } } }`;

interface Option {
  arrivalAt: string;
  lunch: { startsAt: string } | null;
  visits: {
    stepKey: string;
    slotId: string;
    startsAt: string;
    endsAt: string;
    specialty: string;
  }[];
}
interface OptionsResult {
  clinicDayOptions: {
    feasible: boolean;
    reason: string | null;
    days: { date: string; options: Option[] }[];
  };
}

const linda = demoId(4, 2);
const aisha = demoId(4, 3);
const ellen = demoId(4, 9);

const bookingInput = (patientId: string, date: string, option: Option, key: string) => ({
  patientId,
  program: 'BREAST',
  siteId: DEMO_SITE_ID,
  date,
  idempotencyKey: key,
  lunchStartsAt: option.lunch?.startsAt ?? null,
  visits: option.visits.map((v) => ({
    stepKey: v.stepKey,
    slotId: v.slotId,
    startsAt: v.startsAt,
  })),
});

describe('same-day clinic booking', () => {
  let api: TestApi;
  let coordinator: string;
  const date = weekdayAhead(7);

  beforeAll(async () => {
    api = await startTestApi();
    coordinator = await api.loginAs('coordinator@oneday.test');
  });
  afterAll(() => api.close());

  const options = async (patientId: string, day = date, extra: Record<string, unknown> = {}) =>
    api.gql<OptionsResult>(
      OPTIONS,
      { input: { patientId, program: 'BREAST', siteId: DEMO_SITE_ID, date: day, ...extra } },
      coordinator,
    );

  it('lists the programs with a required trial eligibility review', async () => {
    const result = await api.gql<{
      programs: {
        program: string;
        steps: { key: string; required: boolean; specialty: string }[];
      }[];
    }>('{ programs { program steps { key required specialty } } }', {}, coordinator);
    expect(result.data?.programs.map((p) => p.program)).toEqual([
      'BREAST',
      'HEAD_AND_NECK',
      'PROSTATE',
    ]);
    for (const program of result.data?.programs ?? []) {
      expect(program.steps).toContainEqual(
        expect.objectContaining({ specialty: 'RESEARCH_NURSE', required: true }),
      );
    }
  });

  it('proposes ranked breast days that keep the order rules', async () => {
    const result = await options(linda);
    expect(result.errors).toBeUndefined();
    const [day] = result.data?.clinicDayOptions.days ?? [];
    expect(day.date).toBe(date);
    const [best] = day.options;
    const steps = best.visits.map((v) => v.stepKey);
    expect(steps[0]).toBe('NAVIGATOR_INTAKE');
    expect(steps.at(-1)).toBe('NAVIGATOR_WRAP_UP');
    expect(steps).toContain('TRIAL_ELIGIBILITY_REVIEW');
    for (const consult of ['BREAST_SURGERY', 'MEDICAL_ONCOLOGY', 'RADIATION_ONCOLOGY']) {
      expect(steps.indexOf(consult)).toBeLessThan(steps.indexOf('TRIAL_ELIGIBILITY_REVIEW'));
    }
    expect(steps.indexOf('IMAGING_REVIEW')).toBeLessThan(steps.indexOf('BREAST_SURGERY'));
  });

  it('books a chosen day whole, once, however often the button is pressed', async () => {
    const [option] = (await options(linda)).data!.clinicDayOptions.days[0].options;
    const input = bookingInput(linda, date, option, 'book-linda-0001');
    const [first, second] = await Promise.all([
      api.gql<{ bookClinicDay: { id: string; visits: unknown[] } }>(BOOK, { input }, coordinator),
      api.gql<{ bookClinicDay: { id: string } }>(BOOK, { input }, coordinator),
    ]);
    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    expect(second.data?.bookClinicDay.id).toBe(first.data?.bookClinicDay.id);
    expect(first.data?.bookClinicDay.visits).toHaveLength(option.visits.length);
    const [{ n }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM clinic_day WHERE patient_id = $1`,
      [linda],
    );
    expect(n).toBe(1);
    const slots = await api.dataSource.query(
      `SELECT DISTINCT status FROM slot WHERE id = ANY($1::uuid[])`,
      [option.visits.map((v) => v.slotId)],
    );
    expect(slots).toEqual([{ status: 'BOOKED' }]);
  });

  it('gives a patient one booked day per date, decided by the database', async () => {
    // Linda was booked on this date above; a second day for her that date is refused whole.
    const lindasDay = await api.dataSource.query(
      `SELECT patient_id, site_id, program, day, booked_by_id FROM clinic_day WHERE patient_id = $1`,
      [linda],
    );
    const [other] = (await options(linda)).data!.clinicDayOptions.days[0].options;
    const again = await api.gql(
      BOOK,
      { input: bookingInput(linda, date, other, 'book-linda-0002') },
      coordinator,
    );
    expect(again.errors?.[0]).toMatchObject({
      message: 'This patient already has a clinic day on that date.',
      extensions: { code: 'CONFLICT', field: 'date' },
    });
    const claimed = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM visit WHERE slot_id = ANY($1::uuid[])`,
      [other.visits.map((v) => v.slotId)],
    );
    expect(claimed).toEqual([{ n: 0 }]);
    // Underneath the api, PostgreSQL itself refuses the duplicate.
    await expect(
      api.dataSource.query(
        `INSERT INTO clinic_day (patient_id, site_id, program, day, booked_by_id) VALUES ($1, $2, $3, $4, $5)`,
        Object.values(lindasDay[0]),
      ),
    ).rejects.toThrow(/clinic_day_one_booked_day_per_patient/);
  });

  it('answers SLOT_TAKEN with fresh options when the times are gone, and writes nothing', async () => {
    const ownOptions = await options(aisha);
    const [taken] = (await options(linda, weekdayAhead(7))).data!.clinicDayOptions.days.flatMap(
      (d) => d.options,
    );
    expect(ownOptions.data?.clinicDayOptions.feasible).toBe(true);
    const before = await api.dataSource.query(
      `SELECT (SELECT count(*) FROM clinic_day)::int AS days, (SELECT count(*) FROM visit)::int AS visits`,
    );
    // Re-use Linda's booked slots for Aisha.
    const lindaVisits = await api.dataSource.query(
      `SELECT step AS "stepKey", slot_id AS "slotId", starts_at AS "startsAt" FROM visit WHERE patient_id = $1`,
      [linda],
    );
    const result = await api.gql(
      BOOK,
      { input: { ...bookingInput(aisha, date, taken, 'book-aisha-0001'), visits: lindaVisits } },
      coordinator,
    );
    expect(result.errors?.[0].extensions?.['code']).toBe('SLOT_TAKEN');
    const fresh = result.errors?.[0].extensions?.['freshOptions'] as {
      feasible: boolean;
      days: { options: Option[] }[];
    };
    expect(fresh.feasible).toBe(true);
    const after = await api.dataSource.query(
      `SELECT (SELECT count(*) FROM clinic_day)::int AS days, (SELECT count(*) FROM visit)::int AS visits`,
    );
    expect(after).toEqual(before);
  });

  it('lets exactly one of two racing bookings of the same times win, never a partial day', async () => {
    const raceDate = weekdayAhead(8);
    const [option] = (await options(aisha, raceDate)).data!.clinicDayOptions.days[0].options;
    const results = await Promise.all([
      api.gql(
        BOOK,
        { input: bookingInput(aisha, raceDate, option, 'race-aisha-0001') },
        coordinator,
      ),
      api.gql(
        BOOK,
        { input: bookingInput(ellen, raceDate, option, 'race-ellen-0001') },
        coordinator,
      ),
    ]);
    const codes = results.map((r) => r.errors?.[0].extensions?.['code'] ?? 'OK').sort();
    expect(codes).toEqual(['OK', 'SLOT_TAKEN']);
    const partial = await api.dataSource.query(
      `SELECT d.id FROM clinic_day d LEFT JOIN visit v ON v.clinic_day_id = d.id AND v.status = 'BOOKED'
        WHERE d.status = 'BOOKED' GROUP BY d.id HAVING count(v.id) < 6`,
    );
    expect(partial).toEqual([]);
  });

  it('explains why no day fits, naming the step', async () => {
    const result = await options(ellen, weekendAhead(7));
    expect(result.data?.clinicDayOptions).toMatchObject({
      feasible: false,
      reason: expect.stringMatching(
        /^No nurse navigator intake \(nurse navigator\) free on \d{4}-\d{2}-\d{2}\.$/,
      ),
      days: [],
    });
  });

  it('finds the earliest days in a range', async () => {
    const from = weekendAhead(7);
    const result = await options(ellen, undefined, { date: null, from, to: weekdayAhead(21) });
    const days = result.data?.clinicDayOptions.days.map((d) => d.date) ?? [];
    expect(days.length).toBe(3);
    expect(days[0] > from).toBe(true);
    expect([...days].sort()).toEqual(days);
  });

  it('checks input: dates, programs, optional steps, and who may book', async () => {
    const bad = async (input: Record<string, unknown>) =>
      (
        await api.gql(
          OPTIONS,
          { input: { patientId: ellen, program: 'BREAST', siteId: DEMO_SITE_ID, date, ...input } },
          coordinator,
        )
      ).errors?.[0].extensions;
    expect(await bad({ date: '2020-01-01' })).toEqual({ code: 'BAD_USER_INPUT', field: 'date' });
    expect(await bad({ date: '2031-02-30' })).toEqual({ code: 'BAD_USER_INPUT', field: 'date' });
    expect(await bad({ program: 'LUNG' })).toEqual({ code: 'BAD_USER_INPUT', field: 'program' });
    expect(await bad({ optionalSteps: ['NAVIGATOR_INTAKE'] })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'optionalSteps',
    });
    expect(await bad({ patientId: demoId(4, 999) })).toEqual({ code: 'NOT_FOUND' });
    const patient = await api.loginAs('patient@oneday.test');
    const refused = await api.gql(
      OPTIONS,
      { input: { patientId: ellen, program: 'BREAST', siteId: DEMO_SITE_ID, date } },
      patient,
    );
    expect(refused.errors?.[0].extensions).toEqual({ code: 'FORBIDDEN' });
  });

  it('leaves no overlapping visit after many coordinators race for the same times', async () => {
    const raceDay = weekdayAhead(15);
    const [option] = (await options(aisha, raceDay)).data!.clinicDayOptions.days[0].options;
    // Patients without interpreter or mobility needs, so the same day is valid for each of them.
    const racers = [demoId(4, 4), demoId(4, 7), demoId(4, 10), demoId(4, 8), linda, ellen, aisha];
    const results = await Promise.all(
      racers.map((patientId, i) =>
        api.gql(
          BOOK,
          { input: bookingInput(patientId, raceDay, option, `race8-${i}-000001`) },
          coordinator,
        ),
      ),
    );
    const codes = results.map((r) => r.errors?.[0].extensions?.['code'] ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c !== 'OK').every((c) => c === 'SLOT_TAKEN')).toBe(true);
    const overlaps = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM visit a JOIN visit b ON a.id < b.id AND a.status = 'BOOKED' AND b.status = 'BOOKED'
         AND (a.specialist_id = b.specialist_id OR a.patient_id = b.patient_id)
         AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)`,
    );
    expect(overlaps[0].n).toBe(0);
  });

  it("links a day only to the patient's own case", async () => {
    const day = weekdayAhead(9);
    const [option] = (await options(ellen, day)).data!.clinicDayOptions.days[0].options;
    const mariasCase = demoId(7, 1);
    const result = await api.gql(
      BOOK,
      { input: { ...bookingInput(ellen, day, option, 'case-ellen-0001'), caseId: mariasCase } },
      coordinator,
    );
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'caseId' });
  });

  it('refuses a day that breaks the order rules', async () => {
    const day = weekdayAhead(9);
    const [option] = (await options(ellen, day)).data!.clinicDayOptions.days[0].options;
    const swapped = option.visits.map((v) => ({ ...v }));
    const intake = swapped.find((v) => v.stepKey === 'NAVIGATOR_INTAKE')!;
    const wrapUp = swapped.find((v) => v.stepKey === 'NAVIGATOR_WRAP_UP')!;
    [intake.stepKey, wrapUp.stepKey] = [wrapUp.stepKey, intake.stepKey];
    const result = await api.gql(
      BOOK,
      {
        input: {
          ...bookingInput(ellen, day, option, 'swap-ellen-001'),
          visits: swapped.map((v) => ({
            stepKey: v.stepKey,
            slotId: v.slotId,
            startsAt: v.startsAt,
          })),
        },
      },
      coordinator,
    );
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'visits' });
  });
});
