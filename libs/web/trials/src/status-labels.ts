import type { CriterionStatus, TrialPhase } from '@oneday/shared-types';
import { CRITERION_STATUS_LABEL } from '@oneday/web-vocabulary';

/** Colour is never the only signal: every status has a symbol and words. */
export const CRITERION_STATUS: Record<CriterionStatus, { symbol: string; text: string }> = {
  MET: { symbol: '✓', text: CRITERION_STATUS_LABEL.MET },
  NOT_MET: { symbol: '✗', text: CRITERION_STATUS_LABEL.NOT_MET },
  UNKNOWN: { symbol: '?', text: CRITERION_STATUS_LABEL.UNKNOWN },
};

export const phaseText = (all: readonly TrialPhase[]) => {
  const phases = all.filter((p) => p !== 'NA');
  return phases.length
    ? `Phase ${phases.map((p) => p.replace('EARLY_PHASE', 'early ').replace('PHASE', '')).join('/')}`
    : 'Phase n/a';
};

export const statusText = (status: string) => status.toLowerCase().replace(/_/g, ' ');
