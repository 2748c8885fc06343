import { demoId } from '../src/seed/demo-ids.js';
import { startTestApi, type TestApi } from './test-api.js';

const PATIENT = 'query($id: ID!) { patient(id: $id) { id mrn givenName familyName } }';
const PATIENTS = 'query($search: String) { patients(search: $search) { id mrn familyName } }';
const REGISTER =
  'mutation($input: RegisterPatientInput!) { registerPatient(input: $input) { id mrn language } }';

const maria = demoId(4, 1); // the demo patient login
const linda = demoId(4, 2); // case submitted by the demo physician, on the agenda
const robert = demoId(4, 4); // case submitted by another physician, not on an agenda

describe('patient records and who may read them', () => {
  let api: TestApi;
  let tokens: Record<'patient' | 'physician' | 'coordinator' | 'admin', string>;
  beforeAll(async () => {
    api = await startTestApi();
    tokens = {
      patient: await api.loginAs('patient@oneday.test'),
      physician: await api.loginAs('physician@oneday.test'),
      coordinator: await api.loginAs('coordinator@oneday.test'),
      admin: await api.loginAs('admin@oneday.test'),
    };
  });
  afterAll(() => api.close());

  it('lets a patient read only their own record, whatever they search for', async () => {
    const own = await api.gql<{ patient: { mrn: string } }>(PATIENT, { id: maria }, tokens.patient);
    expect(own.data?.patient.mrn).toBe('MRN-100001');
    const other = await api.gql(PATIENT, { id: linda }, tokens.patient);
    expect(other.errors?.[0].extensions).toEqual({ code: 'FORBIDDEN' });
    // The same answer for an id that does not exist: nothing to learn by probing.
    const missing = await api.gql(PATIENT, { id: demoId(4, 999) }, tokens.patient);
    expect(missing.errors?.[0].extensions).toEqual({ code: 'FORBIDDEN' });
    const listed = await api.gql<{ patients: { id: string }[] }>(
      PATIENTS,
      { search: 'Chen' },
      tokens.patient,
    );
    expect(listed.data?.patients.map((p) => p.id)).toEqual([maria]);
    const aliased = await api.gql(
      `{ a: patient(id: "${linda}") { mrn } b: patient(id: "${robert}") { mrn } }`,
      {},
      tokens.patient,
    );
    expect(aliased.data).toBeNull();
  });

  it('lets a physician read patients of cases they submitted or on an agenda', async () => {
    const listed = await api.gql<{ patients: { id: string }[] }>(PATIENTS, {}, tokens.physician);
    const ids = listed.data?.patients.map((p) => p.id) ?? [];
    expect(ids).toEqual(expect.arrayContaining([maria, linda]));
    expect(ids).not.toContain(robert);
    const refused = await api.gql(PATIENT, { id: robert }, tokens.physician);
    expect(refused.errors?.[0].extensions).toEqual({ code: 'FORBIDDEN' });
  });

  it('lets coordinators search everyone and keeps admins out of clinical records', async () => {
    const found = await api.gql<{ patients: { mrn: string }[] }>(
      PATIENTS,
      { search: "o'neill" },
      tokens.coordinator,
    );
    expect(found.data?.patients.map((p) => p.mrn)).toEqual(['MRN-100006']);
    const admin = await api.gql(PATIENTS, {}, tokens.admin);
    expect(admin.errors?.[0].extensions).toEqual({ code: 'FORBIDDEN' });
  });

  it('treats search text as text, not as a pattern or SQL', async () => {
    for (const search of ['%', '_', "' OR 1=1 --", '\\']) {
      const result = await api.gql<{ patients: unknown[] }>(
        PATIENTS,
        { search },
        tokens.coordinator,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.patients).toEqual([]);
    }
  });

  it('audits every read, allowed or denied', async () => {
    const before = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE entity = 'Patient'`,
    );
    await api.gql(PATIENT, { id: maria }, tokens.patient);
    await api.gql(PATIENT, { id: robert }, tokens.physician);
    const rows = await api.dataSource.query(
      `SELECT action, outcome, entity_id FROM audit_event WHERE entity = 'Patient' ORDER BY occurred_at DESC LIMIT 2`,
    );
    const after = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE entity = 'Patient'`,
    );
    expect(after[0].n - before[0].n).toBe(2);
    expect(rows).toEqual(
      expect.arrayContaining([
        { action: 'READ', outcome: 'ALLOWED', entity_id: maria },
        { action: 'READ', outcome: 'DENIED', entity_id: robert },
      ]),
    );
  });

  describe('registerPatient', () => {
    const valid = {
      mrn: 'MRN-200001',
      givenName: 'Ana',
      familyName: 'Silva',
      birthDate: '1979-03-14',
      sex: 'FEMALE',
      language: 'pt',
    };

    it('registers a patient for a coordinator', async () => {
      const result = await api.gql<{ registerPatient: { mrn: string; language: string } }>(
        REGISTER,
        { input: valid },
        tokens.coordinator,
      );
      expect(result.data?.registerPatient).toMatchObject({ mrn: 'MRN-200001', language: 'pt' });
    });

    it.each([
      ['mrn', { mrn: 'x' }],
      ['birthDate', { birthDate: '1979-02-30' }],
      ['birthDate', { birthDate: '14/03/1979' }],
      ['givenName', { givenName: '' }],
      ['givenName', { givenName: 'a'.repeat(101) }],
      ['sex', { sex: 'ROBOT' }],
      ['language', { language: 'english!' }],
    ])('names the field %s when its value is bad', async (field, change) => {
      const result = await api.gql(
        REGISTER,
        { input: { ...valid, mrn: 'MRN-300001', ...change } },
        tokens.coordinator,
      );
      expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
      const [{ n }] = await api.dataSource.query(
        `SELECT count(*)::int AS n FROM patient WHERE mrn = 'MRN-300001'`,
      );
      expect(n).toBe(0);
    });

    it('refuses a duplicate MRN with CONFLICT and writes nothing', async () => {
      const before = await api.dataSource.query(`SELECT count(*)::int AS n FROM patient`);
      const result = await api.gql(
        REGISTER,
        { input: { ...valid, givenName: 'Other' } },
        tokens.coordinator,
      );
      expect(result.errors?.[0].extensions).toEqual({ code: 'CONFLICT', field: 'mrn' });
      const after = await api.dataSource.query(`SELECT count(*)::int AS n FROM patient`);
      expect(after[0].n).toBe(before[0].n);
    });

    it('is for coordinators only', async () => {
      for (const role of ['patient', 'physician', 'admin'] as const) {
        const result = await api.gql(
          REGISTER,
          { input: { ...valid, mrn: `MRN-4${role}` } },
          tokens[role],
        );
        expect(result.errors?.[0].extensions).toEqual({ code: 'FORBIDDEN' });
      }
    });
  });
});
