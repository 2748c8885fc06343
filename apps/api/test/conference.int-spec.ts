import { DEMO_SITE_ID, demoId } from '../src/seed/demo-ids.js';
import { startTestApi, type TestApi } from './test-api.js';

const SUBMIT = `mutation($input: SubmitCaseInput!) { submitCase(input: $input) { id status patient { name } stageGroup biomarkers { name value } } }`;
const CONFERENCE_FIELDS = `id status capacityMinutes agenda { id position caseId prospective status patientName recommendation { consensusPlan followUps { id kind dueDate } } } attendance { name specialty }`;

const validCase = {
  mrn: 'MRN-100008',
  program: 'BREAST',
  primarySite: 'Right breast',
  histology: 'Invasive ductal carcinoma',
  clinicalT: 'cT2',
  clinicalN: 'cN0',
  clinicalM: 'cM0',
  stageGroup: 'IIA',
  biomarkers: [{ name: 'HER2', value: 'POSITIVE (IHC 3+)', observedOn: '2026-11-02' }],
  ecog: 0,
  priorTherapy: [],
  treatmentStarted: false,
  question: 'Neoadjuvant TCHP before surgery?',
  urgency: 'SOON',
  findings: [{ kind: 'LAB', name: 'LVEF', value: '62', unit: '%', observedOn: '2026-11-03' }],
};

describe('Cancer Conference: submission, agenda, meeting, recommendation, follow-ups, metrics', () => {
  let api: TestApi;
  let physician: string;
  let coordinator: string;

  beforeAll(async () => {
    api = await startTestApi();
    physician = await api.loginAs('physician@oneday.test');
    coordinator = await api.loginAs('coordinator@oneday.test');
  });
  afterAll(() => api.close());

  it('checks a submitted case field by field and keeps nothing half-done', async () => {
    const cases = async () =>
      (await api.dataSource.query('SELECT count(*)::int AS n FROM cancer_case'))[0].n;
    const before = await cases();
    const problems: [Record<string, unknown>, string][] = [
      [{ clinicalM: 'cM1' }, 'stageGroup'],
      [{ clinicalT: 'T9' }, 'clinicalT'],
      [{ mrn: 'MRN-NOPE-1' }, 'mrn'],
      [{ ecog: 7 }, 'ecog'],
      [
        { biomarkers: [{ name: 'ER', value: 'POSITIVE', observedOn: '2099-01-01' }] },
        'biomarkers.0.observedOn',
      ],
      [{ question: '' }, 'question'],
    ];
    for (const [change, field] of problems) {
      const result = await api.gql(SUBMIT, { input: { ...validCase, ...change } }, physician);
      expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    expect(await cases()).toBe(before);
    const coordinatorTry = await api.gql(SUBMIT, { input: validCase }, coordinator);
    expect(coordinatorTry.errors?.[0].extensions).toEqual({ code: 'FORBIDDEN' });
  });

  it('runs a whole conference and reports exact CoC 2.5 figures', async () => {
    const submitted = await api.gql<{ submitCase: { id: string; status: string } }>(
      SUBMIT,
      { input: validCase },
      physician,
    );
    expect(submitted.data?.submitCase.status).toBe('SUBMITTED');
    const newCase = submitted.data!.submitCase.id;

    const startsAt = new Date(Date.UTC(2030, 0, 10, 15, 30));
    const scheduled = await api.gql<{ scheduleConference: { id: string } }>(
      `mutation($input: ScheduleConferenceInput!) { scheduleConference(input: $input) { ${CONFERENCE_FIELDS} } }`,
      {
        input: {
          siteId: DEMO_SITE_ID,
          title: 'Breast Cancer Conference',
          program: 'BREAST',
          startsAt,
          capacityMinutes: 30,
        },
      },
      coordinator,
    );
    const conferenceId = scheduled.data!.scheduleConference.id;
    const ADD = `mutation($input: AddCaseToAgendaInput!) { addCaseToAgenda(input: $input) { ${CONFERENCE_FIELDS} } }`;
    const routine = demoId(7, 2); // Linda Chen, ROUTINE, submitted by the seed earlier
    await api.gql(ADD, { input: { conferenceId, caseId: routine, minutes: 15 } }, coordinator);
    await api.gql(ADD, { input: { conferenceId, caseId: newCase, minutes: 15 } }, coordinator);
    const duplicate = await api.gql(
      ADD,
      { input: { conferenceId, caseId: newCase, minutes: 15 } },
      coordinator,
    );
    expect(duplicate.errors?.[0].extensions).toEqual({ code: 'CONFLICT', field: 'caseId' });

    const built = await api.gql<{
      buildAgenda: { agenda: { id: string; caseId: string; position: number }[] };
    }>(
      `mutation($id: ID!) { buildAgenda(conferenceId: $id) { ${CONFERENCE_FIELDS} } }`,
      { id: conferenceId },
      coordinator,
    );
    // SOON comes before ROUTINE.
    expect(built.data?.buildAgenda.agenda.map((a) => a.caseId)).toEqual([newCase, routine]);

    for (const specialist of [
      demoId(3, 1),
      demoId(3, 5),
      demoId(3, 7),
      demoId(3, 10),
      demoId(3, 11),
    ]) {
      await api.gql(
        `mutation($c: ID!, $s: ID!) { recordAttendance(conferenceId: $c, specialistId: $s) { id } }`,
        { c: conferenceId, s: specialist },
        coordinator,
      );
    }
    const agenda = built.data!.buildAgenda.agenda;
    const RECOMMEND = `mutation($input: RecordRecommendationInput!) { recordRecommendation(input: $input) { ${CONFERENCE_FIELDS} } }`;
    const first = await api.gql<{
      recordRecommendation: {
        agenda: { status: string; recommendation: { followUps: { id: string }[] } | null }[];
      };
    }>(
      RECOMMEND,
      {
        input: {
          agendaItemId: agenda[0].id,
          consensusPlan: 'Neoadjuvant TCHP, then surgery; genetic testing.',
          modalities: ['SYSTEMIC_THERAPY', 'SURGERY'],
          stageDocumented: true,
          stageDocumentedById: demoId(3, 1),
          guideline: 'NCCN Breast Cancer',
          guidelineVersion: '4.2025',
          trialDiscussed: true,
          trialIds: [demoId(11, 2)],
          followUps: [
            {
              kind: 'FAMILY_GENETIC_TESTING',
              description: 'Offer genetic testing to first-degree relatives',
              ownerId: demoId(3, 9),
              dueDate: '2020-01-01',
            },
            {
              kind: 'FURTHER_IMAGING',
              description: 'Breast MRI',
              ownerId: demoId(3, 10),
              dueDate: '2099-01-01',
            },
          ],
        },
      },
      physician,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data?.recordRecommendation.agenda[0].status).toBe('PRESENTED');
    await api.gql(
      RECOMMEND,
      {
        input: {
          agendaItemId: agenda[1].id,
          consensusPlan: 'Surgery first.',
          modalities: ['SURGERY'],
          stageDocumented: false,
          trialDiscussed: false,
          trialIds: [],
          followUps: [],
        },
      },
      physician,
    );
    const again = await api.gql(
      RECOMMEND,
      {
        input: {
          agendaItemId: agenda[1].id,
          consensusPlan: 'Twice.',
          modalities: [],
          stageDocumented: false,
          trialDiscussed: false,
          trialIds: [],
          followUps: [],
        },
      },
      physician,
    );
    expect(again.errors?.[0].extensions).toEqual({ code: 'CONFLICT', field: 'agendaItemId' });

    // The submitting physician sees the answer on the case; the late follow-up is overdue.
    const seen = await api.gql<{
      case: { status: string; recommendation: { consensusPlan: string } };
    }>(
      'query($id: ID!) { case(id: $id) { status recommendation { consensusPlan } } }',
      { id: newCase },
      physician,
    );
    expect(seen.data?.case).toEqual({
      status: 'DISCUSSED',
      recommendation: { consensusPlan: 'Neoadjuvant TCHP, then surgery; genetic testing.' },
    });
    const overdue = await api.gql<{ overdueFollowUps: { id: string; kind: string }[] }>(
      '{ overdueFollowUps { id kind patientName } }',
      {},
      coordinator,
    );
    expect(overdue.data?.overdueFollowUps.map((f) => f.kind)).toEqual(['FAMILY_GENETIC_TESTING']);
    const metricsQuery = `query($from: DateTime!, $to: DateTime!) { conferenceMetrics(from: $from, to: $to) {
      conferences casesPresented prospectiveShare stageDocumentedShare trialsDiscussedShare fullyAttendedConferences
      followUpsDue followUpsOnTime attendance { specialty share } } }`;
    const period = { from: new Date(Date.UTC(2030, 0, 1)), to: new Date(Date.UTC(2030, 1, 1)) };
    const metrics = await api.gql<{ conferenceMetrics: Record<string, unknown> }>(
      metricsQuery,
      period,
      coordinator,
    );
    expect(metrics.data?.conferenceMetrics).toEqual({
      conferences: 1,
      casesPresented: 2,
      prospectiveShare: 1,
      stageDocumentedShare: 0.5,
      trialsDiscussedShare: 0.5,
      fullyAttendedConferences: 1,
      followUpsDue: 1,
      followUpsOnTime: 0,
      attendance: [
        { specialty: 'SURGERY', share: 1 },
        { specialty: 'MEDICAL_ONCOLOGY', share: 1 },
        { specialty: 'RADIATION_ONCOLOGY', share: 1 },
        { specialty: 'DIAGNOSTIC_RADIOLOGY', share: 1 },
        { specialty: 'PATHOLOGY', share: 1 },
      ],
    });

    // Done late still counts as not on time; the overdue list empties.
    const open = await api.gql<{ completeFollowUp: unknown[] }>(
      'mutation($id: ID!) { completeFollowUp(id: $id) { id } }',
      { id: overdue.data!.overdueFollowUps[0].id },
      coordinator,
    );
    expect(open.data?.completeFollowUp).toHaveLength(1);
    const after = await api.gql<{
      conferenceMetrics: { followUpsDue: number; followUpsOnTime: number };
    }>(metricsQuery, period, coordinator);
    expect(after.data?.conferenceMetrics).toMatchObject({ followUpsDue: 1, followUpsOnTime: 0 });
  });

  it('lists conferences in the same number of queries for one or four', async () => {
    const window = { from: new Date(Date.UTC(2031, 5, 1)), to: new Date(Date.UTC(2031, 5, 30)) };
    const schedule = (day: number) =>
      api.gql(
        'mutation($input: ScheduleConferenceInput!) { scheduleConference(input: $input) { id } }',
        {
          input: {
            siteId: DEMO_SITE_ID,
            title: `Tumor board ${day}`,
            startsAt: new Date(Date.UTC(2031, 5, day, 15)),
          },
        },
        coordinator,
      );
    const queriesToList = async () => {
      const before = await api.sqlStatements();
      const listed = await api.gql<{ conferences: { agenda: unknown[] }[] }>(
        'query($from: DateTime!, $to: DateTime!) { conferences(from: $from, to: $to) { id agenda { id } attendance { name } } }',
        window,
        coordinator,
      );
      return {
        count: listed.data!.conferences.length,
        queries: (await api.sqlStatements()) - before,
      };
    };
    await schedule(2);
    const one = await queriesToList();
    await Promise.all([schedule(9), schedule(16), schedule(23)]);
    const four = await queriesToList();
    expect([one.count, four.count]).toEqual([1, 4]);
    expect(four.queries).toBe(one.queries);
  });

  it('keeps board deliberations from patients and agenda work from physicians', async () => {
    const patient = await api.loginAs('patient@oneday.test');
    const from = new Date(Date.UTC(2020, 0, 1));
    const to = new Date(Date.UTC(2040, 0, 1));
    const CONFERENCES =
      'query($from: DateTime!, $to: DateTime!) { conferences(from: $from, to: $to) { id } }';
    expect((await api.gql(CONFERENCES, { from, to }, patient)).errors?.[0].extensions).toEqual({
      code: 'FORBIDDEN',
    });
    expect((await api.gql(CONFERENCES, { from, to }, physician)).data).toBeTruthy();
    const build = await api.gql(
      'mutation($id: ID!) { buildAgenda(conferenceId: $id) { id } }',
      { id: demoId(8, 1) },
      physician,
    );
    expect(build.errors?.[0].extensions).toEqual({ code: 'FORBIDDEN' });
  });

  it('keeps the trials a recommendation names in the registry, and writes nothing otherwise', async () => {
    const item = demoId(9, 2);
    const result = await api.gql(
      'mutation($input: RecordRecommendationInput!) { recordRecommendation(input: $input) { id } }',
      {
        input: {
          agendaItemId: item,
          consensusPlan: 'Offer the trial discussed.',
          modalities: ['CLINICAL_TRIAL'],
          stageDocumented: true,
          trialDiscussed: true,
          trialIds: [demoId(11, 1), '00000000-0000-4000-8000-000000000000'],
          followUps: [],
        },
      },
      physician,
    );
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'trialIds' });
    const [{ n }] = await api.dataSource.query(
      'SELECT count(*)::int AS n FROM recommendation WHERE agenda_item_id = $1',
      [item],
    );
    expect(n).toBe(0);
  });
});
