import type { TrialCriteria } from '@oneday/domain';

/** Structured criteria a research nurse would enter for the seeded real trials. */
export const DEMO_TRIAL_CRITERIA: Record<string, TrialCriteria> = {
  // PALLAS: early HR+/HER2- breast cancer, stage II-III, adjuvant endocrine therapy.
  NCT02513394: {
    programs: ['BREAST'],
    histologies: ['carcinoma'],
    stageRange: { min: 'II', max: 'III' },
    biomarkers: [
      { name: 'ER', equals: 'POSITIVE' },
      { name: 'HER2', equals: 'NEGATIVE' },
    ],
    ecogMax: 1,
    priorTherapyExcluded: ['CDK4/6 inhibitor'],
  },
  // Capecitabine 7/7 with neratinib: metastatic HER2-positive breast cancer.
  NCT03377387: {
    programs: ['BREAST'],
    stageRange: { min: 'IV', max: 'IV' },
    biomarkers: [{ name: 'HER2', equals: 'POSITIVE' }],
    ecogMax: 1,
    priorTherapyRequired: ['trastuzumab'],
  },
};
