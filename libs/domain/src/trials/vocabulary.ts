/** ClinicalTrials.gov API v2 phases (designModule.phases); NA: not applicable. */
export const TRIAL_PHASES = ['EARLY_PHASE1', 'PHASE1', 'PHASE2', 'PHASE3', 'PHASE4', 'NA'] as const;
export type TrialPhase = (typeof TRIAL_PHASES)[number];

/** ClinicalTrials.gov API v2 overall statuses (statusModule.overallStatus). */
export const TRIAL_STATUSES = [
  'NOT_YET_RECRUITING',
  'RECRUITING',
  'ENROLLING_BY_INVITATION',
  'ACTIVE_NOT_RECRUITING',
  'SUSPENDED',
  'TERMINATED',
  'COMPLETED',
  'WITHDRAWN',
  'AVAILABLE',
  'NO_LONGER_AVAILABLE',
  'TEMPORARILY_NOT_AVAILABLE',
  'APPROVED_FOR_MARKETING',
  'WITHHELD',
  'UNKNOWN',
] as const;
export type TrialStatus = (typeof TRIAL_STATUSES)[number];

/** The statuses in which a trial takes (or will take) patients. */
export const RECRUITING_STATUSES = [
  'RECRUITING',
  'NOT_YET_RECRUITING',
  'ENROLLING_BY_INVITATION',
] as const satisfies readonly TrialStatus[];

/** A registry status as the center keeps it: one it does not know is UNKNOWN. */
export function trialStatusOf(text: string | null | undefined): TrialStatus {
  return TRIAL_STATUSES.find((s) => s === text) ?? 'UNKNOWN';
}

/** Registry phases as the center keeps them: ones it does not know are left out. */
export function trialPhasesOf(texts: readonly string[]): TrialPhase[] {
  return texts.filter((t): t is TrialPhase => (TRIAL_PHASES as readonly string[]).includes(t));
}

/** Whom a trial takes, from ClinicalTrials.gov's eligibility sex. */
export const TRIAL_SEXES = ['ALL', 'FEMALE', 'MALE'] as const;
export type TrialSex = (typeof TRIAL_SEXES)[number];

/** A reviewer's decision on one trial for one case. */
export const REVIEW_DECISIONS = ['CONSIDER', 'NOT_ELIGIBLE', 'DEFER'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** The patient's voluntary interest in a trial. */
export const PATIENT_INTERESTS = ['INTERESTED', 'NOT_INTERESTED', 'UNDECIDED'] as const;
export type PatientInterest = (typeof PATIENT_INTERESTS)[number];

/** What happened to one record of a ClinicalTrials.gov import. */
export const IMPORT_OUTCOMES = ['IMPORTED', 'UPDATED', 'REJECTED'] as const;
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number];
