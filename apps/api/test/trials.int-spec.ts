import { readFileSync } from 'node:fs';
import { demoId } from '../src/seed/demo-ids.js';
import { startTestApi, type TestApi } from './test-api.js';

const IMPORT =
  'mutation($json: String!) { importTrials(json: $json) { imported updated rejected records { nctId outcome reason } } }';
const TRIALS =
  '{ trials { nctId title phases overallStatus sponsor cooperativeGroup internal sex minimumAgeYears maximumAgeYears inclusionLines exclusionLines locations } }';
const MATCHES = `query($caseId: ID!) { trialMatches(caseId: $caseId) { rank overall reasons trial { id nctId }
  criteria { criterion status value observedOn } review { decision patientInterest contactConsent consentWithdrawnAt } } }`;
const REVIEW = `mutation($input: RecordTrialReviewInput!) { recordTrialReview(input: $input) { id decision overall reviewerName patientInterest contactConsent consentDiscussedAt } }`;

const record = (nct: string) => readFileSync(`apps/api/src/seed/data/${nct}.json`, 'utf8');
const mariasCase = demoId(7, 1);
const robertsCase = demoId(7, 3);

interface Match {
  rank: number;
  overall: string;
  reasons: string[];
  trial: { id: string; nctId: string };
  criteria: { criterion: string; status: string; value: string | null }[];
}

describe('clinical-trial registry, matching and review', () => {
  let api: TestApi;
  let coordinator: string;
  let physician: string;

  beforeAll(async () => {
    api = await startTestApi();
    coordinator = await api.loginAs('coordinator@oneday.test');
    physician = await api.loginAs('physician@oneday.test');
  });
  afterAll(() => api.close());

  it('imports the real ClinicalTrials.gov records: phases, sex, ages, sponsor, cooperative group', async () => {
    const result = await api.gql<{ importTrials: { updated: number; imported: number } }>(
      IMPORT,
      { json: `[${record('NCT02513394')}, ${record('NCT03377387')}]` },
      coordinator,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.importTrials).toMatchObject({ imported: 0, updated: 2 });
    const trials = await api.gql<{ trials: Record<string, unknown>[] }>(TRIALS, {}, coordinator);
    const byId = Object.fromEntries((trials.data?.trials ?? []).map((t) => [t['nctId'], t]));
    expect(byId['NCT02513394']).toMatchObject({
      phases: ['PHASE3'],
      overallStatus: 'ACTIVE_NOT_RECRUITING',
      sponsor: 'Alliance Foundation Trials, LLC.',
      cooperativeGroup: 'Alliance',
      sex: 'ALL',
      minimumAgeYears: 18,
      maximumAgeYears: null,
    });
    expect(byId['NCT03377387']).toMatchObject({
      phases: ['PHASE1', 'PHASE2'],
      sex: 'FEMALE',
      minimumAgeYears: 18,
      cooperativeGroup: null,
    });
    expect((byId['NCT02513394']['exclusionLines'] as string[]).length).toBeGreaterThan(3);
    expect(byId['NCT02513394']['locations']).toHaveLength(437);
  });

  it('imports a new study, updates it on re-import, and rejects what it cannot read', async () => {
    const copy = JSON.parse(record('NCT03377387'));
    copy.protocolSection.identificationModule.nctId = 'NCT99999999';
    copy.protocolSection.unknownModule = { ignored: true };
    const first = await api.gql<{ importTrials: { imported: number } }>(
      IMPORT,
      { json: JSON.stringify({ studies: [copy, { protocolSection: {} }] }) },
      coordinator,
    );
    expect(first.data?.importTrials).toMatchObject({
      imported: 1,
      rejected: 1,
      records: [
        { nctId: 'NCT99999999', outcome: 'IMPORTED', reason: null },
        { nctId: null, outcome: 'REJECTED', reason: 'missing or malformed NCT id' },
      ],
    });
    const again = await api.gql<{ importTrials: { updated: number } }>(
      IMPORT,
      { json: JSON.stringify(copy) },
      coordinator,
    );
    expect(again.data?.importTrials.updated).toBe(1);
    const bad = await api.gql(IMPORT, { json: '{not json' }, coordinator);
    expect(bad.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'json' });
  });

  it('evaluates every criterion of every trial for a case and ranks them', async () => {
    const result = await api.gql<{ trialMatches: Match[] }>(
      MATCHES,
      { caseId: mariasCase },
      physician,
    );
    expect(result.errors).toBeUndefined();
    const [first] = result.data!.trialMatches;
    expect(first.trial.nctId).toBe('NCT02513394');
    // No recorded prior therapy is not proof of none: unknown, so only possibly eligible.
    expect(first.overall).toBe('POSSIBLY_ELIGIBLE');
    expect(first.criteria).toContainEqual({
      criterion: 'BIOMARKER_HER2',
      status: 'MET',
      value: 'NEGATIVE (IHC 1+)',
      observedOn: expect.any(String),
    });
    expect(first.criteria).toContainEqual(
      expect.objectContaining({ criterion: 'NO_PRIOR_CDK4/6 INHIBITOR', status: 'UNKNOWN' }),
    );
    const metastatic = result.data!.trialMatches.find((m) => m.trial.nctId === 'NCT03377387');
    expect(metastatic?.overall).toBe('NOT_ELIGIBLE');
    expect(metastatic?.criteria.find((c) => c.criterion === 'STAGE')).toMatchObject({
      status: 'NOT_MET',
      value: 'IIB',
    });
  });

  it("records the reviewer's decision and the patient's voluntary interest, and a withdrawal", async () => {
    const matches = await api.gql<{ trialMatches: Match[] }>(
      MATCHES,
      { caseId: mariasCase },
      physician,
    );
    const pallas = matches.data!.trialMatches[0].trial.id;
    const pendingBefore = await api.gql<{ pendingTrialReviews: { caseId: string }[] }>(
      '{ pendingTrialReviews { caseId patientName date } }',
      {},
      coordinator,
    );
    expect(pendingBefore.data?.pendingTrialReviews.map((p) => p.caseId)).toContain(mariasCase);

    const refused = await api.gql(
      REVIEW,
      {
        input: {
          caseId: mariasCase,
          trialId: pallas,
          decision: 'CONSIDER',
          reason: '',
          contactConsent: true,
        },
      },
      physician,
    );
    expect(refused.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'contactConsent',
    });

    const saved = await api.gql<{
      recordTrialReview: { id: string; reviewerName: string; consentDiscussedAt: string };
    }>(
      REVIEW,
      {
        input: {
          caseId: mariasCase,
          trialId: pallas,
          decision: 'CONSIDER',
          reason: 'HR+/HER2- stage IIB',
          patientInterest: 'INTERESTED',
          contactConsent: true,
        },
      },
      physician,
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.recordTrialReview.reviewerName).toBe('Dr. Priya Raman (breast surgeon)');
    expect(saved.data?.recordTrialReview.consentDiscussedAt).toBeTruthy();

    const WITHDRAW =
      'mutation($id: ID!) { withdrawTrialConsent(reviewId: $id) { contactConsent consentWithdrawnAt } }';
    const withdrawn = await api.gql<{
      withdrawTrialConsent: { contactConsent: boolean; consentWithdrawnAt: string };
    }>(WITHDRAW, { id: saved.data!.recordTrialReview.id }, physician);
    expect(withdrawn.data?.withdrawTrialConsent.contactConsent).toBe(false);
    const twice = await api.gql(WITHDRAW, { id: saved.data!.recordTrialReview.id }, physician);
    expect(twice.errors?.[0].extensions).toEqual({ code: 'CONFLICT' });

    const after = await api.gql<{
      trialMatches: (Match & { review: { decision: string } | null })[];
    }>(MATCHES, { caseId: mariasCase }, physician);
    expect(after.data?.trialMatches[0].review?.decision).toBe('CONSIDER');
    const pendingAfter = await api.gql<{ pendingTrialReviews: { caseId: string }[] }>(
      '{ pendingTrialReviews { caseId } }',
      {},
      coordinator,
    );
    expect(pendingAfter.data?.pendingTrialReviews.map((p) => p.caseId)).not.toContain(mariasCase);
  });

  it('keeps matches to those who may read the case', async () => {
    const patient = await api.loginAs('patient@oneday.test');
    expect(
      (await api.gql(MATCHES, { caseId: mariasCase }, patient)).errors?.[0].extensions,
    ).toEqual({ code: 'FORBIDDEN' });
    expect(
      (await api.gql(MATCHES, { caseId: robertsCase }, physician)).errors?.[0].extensions,
    ).toEqual({ code: 'FORBIDDEN' });
  });

  it('validates edited criteria', async () => {
    const trials = await api.gql<{ trials: { id: string }[] }>(
      '{ trials { id } }',
      {},
      coordinator,
    );
    const input = {
      trialId: trials.data!.trials[0].id,
      programs: ['BREAST'],
      primarySites: [],
      histologies: [],
      stageMin: 'V',
      biomarkers: [],
      priorTherapyRequired: [],
      priorTherapyExcluded: [],
      variants: [],
    };
    const UPDATE =
      'mutation($input: TrialCriteriaInput!) { updateTrialCriteria(input: $input) { criteria { stageMin stageMax } } }';
    expect((await api.gql(UPDATE, { input }, coordinator)).errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'stageMin',
    });
    const ok = await api.gql<{ updateTrialCriteria: { criteria: { stageMin: string } } }>(
      UPDATE,
      { input: { ...input, stageMin: 'IIA' } },
      coordinator,
    );
    expect(ok.data?.updateTrialCriteria.criteria.stageMin).toBe('IIA');
  });
});
