import { JwtService } from '@nestjs/jwt';
import { DEMO_SITE_ID } from '../src/seed/demo-ids.js';
import { startTestApi, TEST_JWT_SECRET, type TestApi } from './test-api.js';

type Who =
  | 'ANONYMOUS'
  | 'EXPIRED'
  | 'TAMPERED'
  | 'FORGED'
  | 'PATIENT'
  | 'PHYSICIAN'
  | 'COORDINATOR'
  | 'ADMIN';
type Role = Exclude<Who, 'ANONYMOUS' | 'EXPIRED' | 'TAMPERED' | 'FORGED'>;
const NOT_SIGNED_IN: Who[] = ['ANONYMOUS', 'EXPIRED', 'TAMPERED', 'FORGED'];

const NOBODY = '00000000-0000-4000-8000-999999999999';
const date = '2031-03-04';

/** Every public operation, with type-valid variables that change nothing, and who may call it. */
const OPERATIONS: {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  roles: Role[];
}[] = [
  { name: 'me', query: '{ me { id } }', roles: ['PATIENT', 'PHYSICIAN', 'COORDINATOR', 'ADMIN'] },
  {
    name: 'patients',
    query: '{ patients { id } }',
    roles: ['PATIENT', 'PHYSICIAN', 'COORDINATOR'],
  },
  {
    name: 'patient',
    query: `{ patient(id: "${NOBODY}") { id } }`,
    roles: ['PHYSICIAN', 'COORDINATOR'],
  },
  { name: 'users', query: '{ users { id } }', roles: ['ADMIN'] },
  { name: 'auditEvents', query: '{ auditEvents { id } }', roles: ['ADMIN'] },
  { name: 'sites', query: '{ sites { id } }', roles: ['PHYSICIAN', 'COORDINATOR', 'ADMIN'] },
  {
    name: 'specialists',
    query: '{ specialists { id } }',
    roles: ['PHYSICIAN', 'COORDINATOR', 'ADMIN'],
  },
  {
    name: 'programs',
    query: '{ programs { program } }',
    roles: ['PHYSICIAN', 'COORDINATOR', 'ADMIN'],
  },
  {
    name: 'daySchedule',
    query: `{ daySchedule(siteId: "${DEMO_SITE_ID}", date: "${date}") { date } }`,
    roles: ['COORDINATOR'],
  },
  {
    name: 'clinicDayOptions',
    query: `{ clinicDayOptions(input: { patientId: "${NOBODY}", program: BREAST, siteId: "${DEMO_SITE_ID}", date: "${date}" }) { feasible } }`,
    roles: ['COORDINATOR'],
  },
  {
    name: 'clinicDay',
    query: `{ clinicDay(id: "${NOBODY}") { id } }`,
    roles: ['PHYSICIAN', 'COORDINATOR'],
  },
  { name: 'myItinerary', query: '{ myItinerary { id } }', roles: ['PATIENT'] },
  { name: 'cases', query: '{ cases { id } }', roles: ['PHYSICIAN', 'COORDINATOR'] },
  { name: 'case', query: `{ case(id: "${NOBODY}") { id } }`, roles: ['PHYSICIAN', 'COORDINATOR'] },
  {
    name: 'conferences',
    query: '{ conferences(from: "2030-01-01T00:00:00Z", to: "2030-02-01T00:00:00Z") { id } }',
    roles: ['PHYSICIAN', 'COORDINATOR'],
  },
  {
    name: 'conference',
    query: `{ conference(id: "${NOBODY}") { id } }`,
    roles: ['PHYSICIAN', 'COORDINATOR'],
  },
  {
    name: 'conferenceMetrics',
    query:
      '{ conferenceMetrics(from: "2030-01-01T00:00:00Z", to: "2030-02-01T00:00:00Z") { conferences } }',
    roles: ['PHYSICIAN', 'COORDINATOR', 'ADMIN'],
  },
  {
    name: 'overdueFollowUps',
    query: '{ overdueFollowUps { id } }',
    roles: ['PHYSICIAN', 'COORDINATOR'],
  },
  { name: 'trials', query: '{ trials { id } }', roles: ['PHYSICIAN', 'COORDINATOR', 'ADMIN'] },
  {
    name: 'trialMatches',
    query: `{ trialMatches(caseId: "${NOBODY}") { rank } }`,
    roles: ['PHYSICIAN', 'COORDINATOR'],
  },
  {
    name: 'pendingTrialReviews',
    query: '{ pendingTrialReviews { clinicDayId } }',
    roles: ['COORDINATOR'],
  },
  {
    name: 'registerPatient',
    query:
      'mutation { registerPatient(input: { mrn: "x", givenName: "", familyName: "", birthDate: "nope", sex: FEMALE }) { id } }',
    roles: ['COORDINATOR'],
  },
  {
    name: 'bookClinicDay',
    query: `mutation { bookClinicDay(input: { patientId: "${NOBODY}", program: BREAST, siteId: "${DEMO_SITE_ID}", date: "${date}", idempotencyKey: "matrix-000001", visits: [] }) { id } }`,
    roles: ['COORDINATOR'],
  },
  {
    name: 'cancelClinicDay',
    query: `mutation { cancelClinicDay(id: "${NOBODY}", reason: "test") { id } }`,
    roles: ['COORDINATOR'],
  },
  {
    name: 'rescheduleVisit',
    query: `mutation { rescheduleVisit(visitId: "${NOBODY}", slotId: "${NOBODY}") { id } }`,
    roles: ['COORDINATOR'],
  },
  {
    name: 'blockTime',
    query: `mutation { blockTime(input: { specialistId: "${NOBODY}", startsAt: "2031-01-01T10:00:00Z", endsAt: "2031-01-01T09:00:00Z", reason: "x" }) { blockedSlots } }`,
    roles: ['COORDINATOR', 'ADMIN'],
  },
  {
    name: 'setAvailability',
    query: `mutation { setAvailability(input: { specialistId: "${NOBODY}", hours: [] }) { slotsCreated } }`,
    roles: ['COORDINATOR', 'ADMIN'],
  },
  {
    name: 'updateProgram',
    query:
      'mutation { updateProgram(input: { program: BREAST, name: "x", changeoverMinutes: 5, maxWaitMinutes: 60, steps: [] }) { program } }',
    roles: ['COORDINATOR', 'ADMIN'],
  },
  {
    name: 'submitCase',
    query:
      'mutation { submitCase(input: { mrn: "x", program: BREAST, primarySite: "", histology: "", question: "" }) { id } }',
    roles: ['PHYSICIAN'],
  },
  {
    name: 'scheduleConference',
    query: `mutation { scheduleConference(input: { siteId: "${NOBODY}", title: "", startsAt: "2031-01-01T10:00:00Z" }) { id } }`,
    roles: ['COORDINATOR'],
  },
  {
    name: 'addCaseToAgenda',
    query: `mutation { addCaseToAgenda(input: { conferenceId: "${NOBODY}", caseId: "${NOBODY}" }) { id } }`,
    roles: ['COORDINATOR'],
  },
  {
    name: 'buildAgenda',
    query: `mutation { buildAgenda(conferenceId: "${NOBODY}") { id } }`,
    roles: ['COORDINATOR'],
  },
  {
    name: 'reorderAgenda',
    query: `mutation { reorderAgenda(conferenceId: "${NOBODY}", itemIds: ["${NOBODY}"]) { id } }`,
    roles: ['COORDINATOR'],
  },
  {
    name: 'recordAttendance',
    query: `mutation { recordAttendance(conferenceId: "${NOBODY}", specialistId: "${NOBODY}") { id } }`,
    roles: ['COORDINATOR'],
  },
  {
    name: 'presentAgendaItem',
    query: `mutation { presentAgendaItem(conferenceId: "${NOBODY}", agendaItemId: "${NOBODY}") { id } }`,
    roles: ['COORDINATOR'],
  },
  {
    name: 'recordRecommendation',
    query: `mutation { recordRecommendation(input: { agendaItemId: "${NOBODY}", consensusPlan: "", modalities: [], stageDocumented: false, trialDiscussed: false }) { id } }`,
    roles: ['PHYSICIAN', 'COORDINATOR'],
  },
  {
    name: 'completeFollowUp',
    query: `mutation { completeFollowUp(id: "${NOBODY}") { id } }`,
    roles: ['PHYSICIAN', 'COORDINATOR'],
  },
  {
    name: 'importTrials',
    query: 'mutation { importTrials(json: "not json") { imported } }',
    roles: ['COORDINATOR', 'ADMIN'],
  },
  {
    name: 'updateTrialCriteria',
    query: `mutation { updateTrialCriteria(input: { trialId: "${NOBODY}", programs: [], primarySites: [], histologies: [], biomarkers: [], priorTherapyRequired: [], priorTherapyExcluded: [], variants: [] }) { id } }`,
    roles: ['PHYSICIAN', 'COORDINATOR'],
  },
  {
    name: 'recordTrialReview',
    query: `mutation { recordTrialReview(input: { caseId: "${NOBODY}", trialId: "${NOBODY}", decision: DEFER }) { id } }`,
    roles: ['PHYSICIAN', 'COORDINATOR'],
  },
  {
    name: 'withdrawTrialConsent',
    query: `mutation { withdrawTrialConsent(reviewId: "${NOBODY}") { id } }`,
    roles: ['PHYSICIAN', 'COORDINATOR'],
  },
];

describe('authorization matrix: every operation x every caller', () => {
  let api: TestApi;
  const tokens: Partial<Record<Who, string>> = {};

  beforeAll(async () => {
    api = await startTestApi();
    tokens.PATIENT = await api.loginAs('patient@oneday.test');
    tokens.PHYSICIAN = await api.loginAs('physician@oneday.test');
    tokens.COORDINATOR = await api.loginAs('coordinator@oneday.test');
    tokens.ADMIN = await api.loginAs('admin@oneday.test');
    tokens.EXPIRED = await new JwtService().signAsync(
      { sub: NOBODY, role: 'ADMIN', pid: null, sid: null, exp: Math.floor(Date.now() / 1000) - 1 },
      { secret: TEST_JWT_SECRET },
    );
    // A patient's real token with the payload edited to say ADMIN: the signature no longer fits.
    const [header, payload, signature] = (tokens.PATIENT ?? '').split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as object;
    const elevated = Buffer.from(JSON.stringify({ ...claims, role: 'ADMIN' })).toString(
      'base64url',
    );
    tokens.TAMPERED = `${header}.${elevated}.${signature}`;
    // A well-formed admin token signed with a secret that is not the server's.
    tokens.FORGED = await new JwtService().signAsync(
      { sub: NOBODY, role: 'ADMIN', pid: null, sid: null },
      { secret: 'not-the-server-secret', expiresIn: 3600 },
    );
  });
  afterAll(() => api.close());

  it('covers every operation of the schema', async () => {
    const schema = await api.gql<{
      __schema: {
        queryType: { fields: { name: string }[] };
        mutationType: { fields: { name: string }[] };
      };
    }>('{ __schema { queryType { fields { name } } mutationType { fields { name } } } }');
    const all = [
      ...schema.data!.__schema.queryType.fields,
      ...schema.data!.__schema.mutationType.fields,
    ].map((f) => f.name);
    const covered = new Set([...OPERATIONS.map((o) => o.name), 'login']);
    expect(all.filter((name) => !covered.has(name))).toEqual([]);
  });

  for (const operation of OPERATIONS) {
    it(`${operation.name}: allowed for ${operation.roles.join(', ')} only`, async () => {
      for (const who of [
        ...NOT_SIGNED_IN,
        'PATIENT',
        'PHYSICIAN',
        'COORDINATOR',
        'ADMIN',
      ] as Who[]) {
        const result = await api.gql(operation.query, operation.variables, tokens[who]);
        const code = result.errors?.[0]?.extensions?.['code'];
        const expected = NOT_SIGNED_IN.includes(who)
          ? 'UNAUTHENTICATED'
          : operation.roles.includes(who as Role)
            ? 'PASSES_THE_GATE'
            : 'FORBIDDEN';
        const actual =
          code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' ? code : 'PASSES_THE_GATE';
        expect({ who, outcome: actual }).toEqual({ who, outcome: expected });
        expect(code).not.toBe('INTERNAL_SERVER_ERROR');
      }
    });
  }
});
