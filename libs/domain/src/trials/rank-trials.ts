import type { TrialEvaluation } from './evaluate-trial.js';
import type { TrialFacts } from './trial-criteria.js';
import { RECRUITING_STATUSES, type TrialPhase, type TrialStatus } from './vocabulary.js';

export interface RankedTrial {
  trial: TrialFacts;
  evaluation: TrialEvaluation;
  rank: number;
  /** Why it sits where it does, in the order the ranking applies. */
  reasons: string[];
}

const RECRUITING = new Set<TrialStatus>(RECRUITING_STATUSES);
const PHASE_ORDER: Record<TrialPhase, number> = {
  EARLY_PHASE1: 0.5,
  PHASE1: 1,
  PHASE2: 2,
  PHASE3: 3,
  PHASE4: 4,
  NA: 0,
};

export const latestPhase = (phases: readonly TrialPhase[]) =>
  Math.max(0, ...phases.map((p) => PHASE_ORDER[p]));
const unknowns = (e: TrialEvaluation) => e.criteria.filter((c) => c.status === 'UNKNOWN').length;
const excluded = (e: TrialEvaluation) => e.overall === 'NOT_ELIGIBLE';

/**
 * Candidate trials in review order: trials the patient is not excluded from first; then
 * recruiting, later phase (proven treatments), internal before external, fewer unknowns.
 */
export function rankTrials(
  items: { trial: TrialFacts; evaluation: TrialEvaluation }[],
): RankedTrial[] {
  const sorted = [...items].sort(
    (a, b) =>
      Number(excluded(a.evaluation)) - Number(excluded(b.evaluation)) ||
      Number(!RECRUITING.has(a.trial.overallStatus)) -
        Number(!RECRUITING.has(b.trial.overallStatus)) ||
      latestPhase(b.trial.phases) - latestPhase(a.trial.phases) ||
      Number(!a.trial.internal) - Number(!b.trial.internal) ||
      unknowns(a.evaluation) - unknowns(b.evaluation) ||
      a.trial.nctId.localeCompare(b.trial.nctId),
  );
  return sorted.map(({ trial, evaluation }, i) => ({
    trial,
    evaluation,
    rank: i + 1,
    reasons: [
      excluded(evaluation)
        ? 'a criterion excludes the patient'
        : 'no criterion excludes the patient',
      RECRUITING.has(trial.overallStatus)
        ? 'recruiting'
        : `not recruiting (${trial.overallStatus.toLowerCase().replace(/_/g, ' ')})`,
      trial.phases.length
        ? `phase ${trial.phases.map((p) => p.replace(/\D/g, '') || p).join('/')}`
        : 'phase not given',
      trial.internal ? 'internal trial' : 'external trial',
      `${unknowns(evaluation)} unknown criteria`,
    ],
  }));
}
