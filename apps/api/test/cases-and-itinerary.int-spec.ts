import { demoId } from '../src/seed/demo-ids.js';
import { startTestApi, type TestApi } from './test-api.js';

const CASES =
  'query($filter: CasesFilter) { cases(filter: $filter) { id patient { name } submittedBy { name } stageGroup biomarkers { name value } } }';
const CASE = 'query($id: ID!) { case(id: $id) { id question findings { kind name } } }';
const ITINERARY =
  'query($language: PatientLanguage) { myItinerary(language: $language) { id date site { timeZone } arrivalAt departureAt visits { specialtyTitle specialistName room startsAt endsAt } whatToBring patientLanguage } }';

describe('cases and the patient itinerary', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('shows a physician their own cases and agenda cases, not others', async () => {
    const token = await api.loginAs('physician@oneday.test');
    const all = await api.gql<{ cases: { id: string }[] }>(CASES, {}, token);
    expect(all.data?.cases.map((c) => c.id).sort()).toEqual([demoId(7, 1), demoId(7, 2)]);
    const other = await api.gql(CASE, { id: demoId(7, 3) }, token);
    expect(other.errors?.[0].extensions).toEqual({ code: 'FORBIDDEN' });
    const own = await api.gql<{ case: { findings: unknown[] } }>(CASE, { id: demoId(7, 1) }, token);
    expect(own.data?.case.findings).toHaveLength(3);
  });

  it('shows coordinators every case and patients none', async () => {
    const coordinator = await api.loginAs('coordinator@oneday.test');
    const listed = await api.gql<{ cases: unknown[] }>(
      CASES,
      { filter: { program: 'PROSTATE' } },
      coordinator,
    );
    expect(listed.data?.cases).toHaveLength(1);
    const patient = await api.loginAs('patient@oneday.test');
    for (const [query, variables] of [
      [CASES, {}],
      [CASE, { id: demoId(7, 1) }],
    ] as const) {
      const refused = await api.gql(query, variables, patient);
      expect(refused.errors?.[0].extensions).toEqual({ code: 'FORBIDDEN' });
    }
  });

  it('gives the patient their own day in visit order, with what to bring', async () => {
    const token = await api.loginAs('patient@oneday.test');
    const result = await api.gql<{
      myItinerary: {
        date: string;
        arrivalAt: string;
        departureAt: string;
        visits: { startsAt: string; endsAt: string; specialtyTitle: string }[];
        whatToBring: string[];
        patientLanguage: string;
      }[];
    }>(ITINERARY, { language: 'en' }, token);
    expect(result.errors).toBeUndefined();
    const [day] = result.data?.myItinerary ?? [];
    expect(day.visits.length).toBe(8);
    expect(day.visits[0].specialtyTitle).toBe('Nurse navigator');
    for (let i = 1; i < day.visits.length; i++) {
      expect(Date.parse(day.visits[i].startsAt)).toBeGreaterThanOrEqual(
        Date.parse(day.visits[i - 1].endsAt),
      );
    }
    expect(day.arrivalAt).toBe(day.visits[0].startsAt);
    expect(day.whatToBring).toContain(
      'Nothing extra: a medical interpreter will be with you all day, free of charge',
    );
    // Maria's record says Spanish: without a choice, her day comes in Spanish.
    expect(day.patientLanguage).toBe('es');
    const spanish = await api.gql<{
      myItinerary: { visits: { specialtyTitle: string }[]; whatToBring: string[] }[];
    }>(ITINERARY, {}, token);
    expect(spanish.data?.myItinerary[0].visits[0].specialtyTitle).toBe('Enfermera navegadora');
    expect(spanish.data?.myItinerary[0].whatToBring).toContain(
      'Nada más: un intérprete médico estará con usted todo el día, sin costo alguno',
    );
  });

  it('keeps another patient from reading a clinic day by id', async () => {
    const coordinator = await api.loginAs('coordinator@oneday.test');
    const [{ id }] = await api.dataSource.query(`SELECT id FROM clinic_day LIMIT 1`);
    const seen = await api.gql<{ clinicDay: { id: string } }>(
      'query($id: ID!) { clinicDay(id: $id) { id } }',
      { id },
      coordinator,
    );
    expect(seen.data?.clinicDay.id).toBe(id);
    const physician = await api.loginAs('physician@oneday.test');
    const mine = await api.gql('{ myItinerary { id } }', {}, physician);
    expect(mine.errors?.[0].extensions).toEqual({ code: 'FORBIDDEN' });
  });
});
