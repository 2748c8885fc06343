import fc from 'fast-check';
import { evaluateTrial, type Eligibility } from './evaluate-trial.js';
import { rankTrials } from './rank-trials.js';
import { stageInRange } from './stage-group.js';
import type { CaseFacts, TrialFacts } from './trial-criteria.js';

const asOf = new Date('2026-11-24T12:00:00Z');

const breastCase: CaseFacts = {
  program: 'BREAST',
  primarySite: 'Left breast',
  histology: 'Invasive ductal carcinoma',
  stageGroup: 'IIB',
  biomarkers: {
    ER: { value: 'POSITIVE 90%', observedOn: '2026-11-10' },
    HER2: { value: 'NEGATIVE (IHC 1+)', observedOn: '2026-11-10' },
  },
  ecog: 0,
  priorTherapy: [],
  birthDate: '1972-04-18',
  sex: 'FEMALE',
};

const pallasLike: TrialFacts = {
  id: 't1',
  nctId: 'NCT02513394',
  title: 'PALLAS',
  phases: ['PHASE3'],
  overallStatus: 'ACTIVE_NOT_RECRUITING',
  internal: false,
  sex: 'ALL',
  minimumAgeYears: 18,
  maximumAgeYears: null,
  criteria: {
    programs: ['BREAST'],
    stageRange: { min: 'II', max: 'III' },
    biomarkers: [
      { name: 'ER', equals: 'POSITIVE' },
      { name: 'HER2', equals: 'NEGATIVE' },
    ],
    ecogMax: 1,
  },
};

const order: Eligibility[] = ['NOT_ELIGIBLE', 'POSSIBLY_ELIGIBLE', 'ELIGIBLE'];

describe('evaluateTrial', () => {
  it('meets every rule of a matching case, with the deciding values', () => {
    const result = evaluateTrial(breastCase, pallasLike, asOf);
    expect(result.overall).toBe('ELIGIBLE');
    expect(result.criteria.find((c) => c.criterion === 'BIOMARKER_HER2')).toEqual({
      criterion: 'BIOMARKER_HER2',
      requirement: 'HER2 negative',
      status: 'MET',
      value: 'NEGATIVE (IHC 1+)',
      observedOn: '2026-11-10',
    });
    expect(result.criteria.find((c) => c.criterion === 'AGE')?.value).toBe('54');
  });

  it('is only possibly eligible when data is missing, never excluded by it', () => {
    const result = evaluateTrial({ ...breastCase, biomarkers: {}, ecog: null }, pallasLike, asOf);
    expect(result.overall).toBe('POSSIBLY_ELIGIBLE');
    expect(result.criteria.filter((c) => c.status === 'UNKNOWN').map((c) => c.criterion)).toEqual([
      'BIOMARKER_ER',
      'BIOMARKER_HER2',
      'ECOG',
    ]);
  });

  it('treats a marker older than the window as unknown', () => {
    const stale = {
      ...breastCase,
      biomarkers: {
        ...breastCase.biomarkers,
        HER2: { value: 'NEGATIVE', observedOn: '2025-01-02' },
      },
    };
    const her2 = evaluateTrial(stale, pallasLike, asOf).criteria.find(
      (c) => c.criterion === 'BIOMARKER_HER2',
    );
    expect(her2).toMatchObject({
      status: 'UNKNOWN',
      value: 'NEGATIVE from 2025-01-02 is older than 180 days',
    });
  });

  it('excludes on a contradicting value', () => {
    const her2Positive = {
      ...breastCase,
      biomarkers: {
        ...breastCase.biomarkers,
        HER2: { value: 'POSITIVE (IHC 3+)', observedOn: '2026-11-10' },
      },
    };
    expect(evaluateTrial(her2Positive, pallasLike, asOf).overall).toBe('NOT_ELIGIBLE');
    expect(evaluateTrial({ ...breastCase, stageGroup: 'IV' }, pallasLike, asOf).overall).toBe(
      'NOT_ELIGIBLE',
    );
  });

  it('reads stage ranges with whole groups covering their substages', () => {
    expect(stageInRange('IIB', 'II', 'III')).toBe(true);
    expect(stageInRange('IIIC', 'II', 'III')).toBe(true);
    expect(stageInRange('IA', 'II', 'III')).toBe(false);
    expect(stageInRange('IIA', 'IIB', 'IV')).toBe(false);
    expect(stageInRange('unknown', 'II', 'III')).toBeNull();
  });

  const markerValue = fc.constantFrom('POSITIVE', 'NEGATIVE', 'POSITIVE 40%', 'equivocal');
  const caseArb = fc.record({
    er: fc.option(markerValue, { nil: undefined }),
    her2: fc.option(markerValue, { nil: undefined }),
    ecog: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
    stage: fc.option(fc.constantFrom('I', 'IIA', 'IIB', 'IIIA', 'IV'), { nil: null }),
  });
  const facts = (c: {
    er?: string;
    her2?: string;
    ecog: number | null;
    stage: string | null;
  }): CaseFacts => ({
    ...breastCase,
    stageGroup: c.stage,
    ecog: c.ecog,
    biomarkers: {
      ...(c.er ? { ER: { value: c.er, observedOn: '2026-11-01' } } : {}),
      ...(c.her2 ? { HER2: { value: c.her2, observedOn: '2026-11-01' } } : {}),
    },
  });

  it('never makes a trial less eligible when a fact that meets a rule is added', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const before = evaluateTrial(facts({ ...c, er: undefined }), pallasLike, asOf).overall;
        const after = evaluateTrial(facts({ ...c, er: 'POSITIVE' }), pallasLike, asOf).overall;
        expect(order.indexOf(after)).toBeGreaterThanOrEqual(order.indexOf(before));
      }),
    );
  });

  it('keeps a missing fact unknown, never not met', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const result = evaluateTrial(facts(c), pallasLike, asOf);
        for (const [criterion, present] of [
          ['BIOMARKER_ER', c.er],
          ['BIOMARKER_HER2', c.her2],
          ['ECOG', c.ecog ?? undefined],
          ['STAGE', c.stage ?? undefined],
        ] as const) {
          if (present === undefined)
            expect(result.criteria.find((r) => r.criterion === criterion)?.status).toBe('UNKNOWN');
        }
      }),
    );
  });
});

describe('rankTrials', () => {
  const evaluation = (id: string, overall: Eligibility, unknown = 0) => ({
    trialId: id,
    overall,
    criteria: Array.from({ length: unknown }, () => ({
      criterion: 'X',
      requirement: 'x',
      status: 'UNKNOWN' as const,
      value: null,
      observedOn: null,
    })),
  });
  const trial = (id: string, over: Partial<TrialFacts>): TrialFacts => ({
    ...pallasLike,
    id,
    nctId: id,
    ...over,
  });

  it('puts recruiting, later phase, internal and better-known trials first, and says why', () => {
    const ranked = rankTrials([
      {
        trial: trial('NCT1', { overallStatus: 'COMPLETED', phases: ['PHASE3'] }),
        evaluation: evaluation('NCT1', 'ELIGIBLE'),
      },
      {
        trial: trial('NCT2', { overallStatus: 'RECRUITING', phases: ['PHASE2'], internal: true }),
        evaluation: evaluation('NCT2', 'ELIGIBLE'),
      },
      {
        trial: trial('NCT3', { overallStatus: 'RECRUITING', phases: ['PHASE3'] }),
        evaluation: evaluation('NCT3', 'POSSIBLY_ELIGIBLE', 2),
      },
      {
        trial: trial('NCT4', { overallStatus: 'RECRUITING', phases: ['PHASE3'], internal: true }),
        evaluation: evaluation('NCT4', 'POSSIBLY_ELIGIBLE', 1),
      },
      {
        trial: trial('NCT5', { overallStatus: 'RECRUITING', phases: ['PHASE3'], internal: true }),
        evaluation: evaluation('NCT5', 'NOT_ELIGIBLE'),
      },
    ]);
    expect(ranked.map((r) => r.trial.nctId)).toEqual(['NCT4', 'NCT3', 'NCT2', 'NCT1', 'NCT5']);
    expect(ranked[0].reasons).toEqual([
      'no criterion excludes the patient',
      'recruiting',
      'phase 3',
      'internal trial',
      '1 unknown criteria',
    ]);
  });
});
