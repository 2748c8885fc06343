import { startTestApi, type TestApi } from './test-api.js';

const PROGRAM = `{ programs { program name changeoverMinutes maxWaitMinutes lunch { windowStart windowEnd durationMinutes }
  steps { key label specialty durationMinutes required after position } } }`;
const UPDATE = `mutation($input: UpdateProgramInput!) { updateProgram(input: $input) { program maxWaitMinutes steps { key } } }`;

interface Program {
  program: string;
  maxWaitMinutes: number;
  steps: {
    key: string;
    after: string[];
    required: boolean;
    specialty: string;
    position: string | null;
  }[];
}

describe('editing program templates', () => {
  let api: TestApi;
  let coordinator: string;
  let prostate: Program;

  beforeAll(async () => {
    api = await startTestApi();
    coordinator = await api.loginAs('coordinator@oneday.test');
    const result = await api.gql<{ programs: Program[] }>(PROGRAM, {}, coordinator);
    prostate = result.data!.programs.find((p) => p.program === 'PROSTATE')!;
  });
  afterAll(() => api.close());

  it('saves a valid change and audits it', async () => {
    const result = await api.gql<{ updateProgram: Program }>(
      UPDATE,
      { input: { ...prostate, maxWaitMinutes: 45 } },
      coordinator,
    );
    expect(result.data?.updateProgram.maxWaitMinutes).toBe(45);
    const [{ n }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE entity = 'ProgramTemplate' AND entity_id = 'PROSTATE'`,
    );
    expect(n).toBe(1);
  });

  it('refuses order rules that go round in a circle', async () => {
    const steps = prostate.steps.map((s) =>
      s.key === 'UROLOGIC_ONCOLOGY' ? { ...s, after: ['TRIAL_ELIGIBILITY_REVIEW'] } : s,
    );
    const result = await api.gql(UPDATE, { input: { ...prostate, steps } }, coordinator);
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'steps' });
  });

  it('never drops the clinical-trial eligibility review', async () => {
    const steps = prostate.steps
      .filter((s) => s.specialty !== 'RESEARCH_NURSE')
      .map((s) => ({ ...s, after: s.after.filter((k) => k !== 'TRIAL_ELIGIBILITY_REVIEW') }));
    const result = await api.gql(UPDATE, { input: { ...prostate, steps } }, coordinator);
    expect(result.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'steps' },
      message: expect.stringMatching(/trial eligibility review/),
    });
  });

  it('is for coordinators and admins only', async () => {
    const physician = await api.loginAs('physician@oneday.test');
    const result = await api.gql(UPDATE, { input: prostate }, physician);
    expect(result.errors?.[0].extensions).toEqual({ code: 'FORBIDDEN' });
  });
});
