// Trial matching throughput in the domain library: case x trial evaluations per second.
import { time } from './stats.mjs';

const CASES = [
  {
    program: 'BREAST',
    primarySite: 'Left breast',
    histology: 'Invasive ductal carcinoma',
    stageGroup: 'IIB',
    ecog: 0,
    sex: 'FEMALE',
    birthDate: '1972-04-18',
    priorTherapy: [],
    biomarkers: {
      ER: { value: 'POSITIVE', observedOn: '2030-01-01' },
      HER2: { value: 'NEGATIVE', observedOn: '2030-01-01' },
    },
  },
  {
    program: 'PROSTATE',
    primarySite: 'Prostate',
    histology: 'Adenocarcinoma',
    stageGroup: 'IIIA',
    ecog: 1,
    sex: 'MALE',
    birthDate: '1955-06-11',
    priorTherapy: ['ADT'],
    biomarkers: {
      PSA: { value: '12.4 ng/mL', observedOn: '2030-01-01' },
      'Grade group': { value: '3', observedOn: '2029-01-01' },
    },
  },
  {
    program: 'HEAD_AND_NECK',
    primarySite: 'Oropharynx',
    histology: 'Squamous cell carcinoma',
    stageGroup: null,
    ecog: null,
    sex: 'MALE',
    birthDate: '1968-08-14',
    priorTherapy: [],
    biomarkers: { 'HPV/p16': { value: 'POSITIVE', observedOn: '2030-01-01' } },
  },
];

function trial(i) {
  const program = ['BREAST', 'PROSTATE', 'HEAD_AND_NECK'][i % 3];
  return {
    id: `t${i}`,
    nctId: `NCT${String(10000000 + i)}`,
    title: `Trial ${i}`,
    phases: [['PHASE1'], ['PHASE2'], ['PHASE3'], ['PHASE2', 'PHASE3']][i % 4],
    overallStatus: i % 5 === 0 ? 'COMPLETED' : 'RECRUITING',
    internal: i % 2 === 0,
    sex: 'ALL',
    minimumAgeYears: 18,
    maximumAgeYears: i % 3 === 0 ? 80 : null,
    criteria: {
      programs: [program],
      histologies: ['carcinoma'],
      stageRange: { min: 'II', max: 'IV' },
      biomarkers:
        program === 'BREAST'
          ? [
              { name: 'ER', equals: 'POSITIVE' },
              { name: 'HER2', equals: 'NEGATIVE' },
            ]
          : program === 'HEAD_AND_NECK'
            ? [{ name: 'HPV/p16', equals: 'POSITIVE' }]
            : [],
      psaRange: program === 'PROSTATE' ? { max: 20 } : undefined,
      gradeGroupRange: program === 'PROSTATE' ? { min: 2, max: 4 } : undefined,
      ecogMax: 1,
      priorTherapyExcluded: ['chemotherapy'],
      variants: i % 7 === 0 ? [{ gene: 'BRCA1', variantClass: 'PATHOGENIC' }] : [],
    },
  };
}

export function benchTrials(domain) {
  const trials = Array.from({ length: 500 }, (_, i) => trial(i));
  const asOf = new Date('2030-03-01T00:00:00Z');
  let evaluations = 0;
  const { ms } = time(() => {
    for (let round = 0; round < 20; round++) {
      for (const facts of CASES) {
        const ranked = domain.rankTrials(
          trials.map((t) => ({ trial: t, evaluation: domain.evaluateTrial(facts, t, asOf) })),
        );
        evaluations += ranked.length;
      }
    }
  });
  return {
    'trial matching (evaluations per second, 500 trials ranked per case)': {
      n: evaluations,
      perSecond: Math.round((evaluations / ms) * 1000),
    },
  };
}
