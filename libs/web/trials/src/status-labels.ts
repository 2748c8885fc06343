/** Colour is never the only signal: every status has a symbol and words. */
export const CRITERION_STATUS: Record<string, { symbol: string; text: string }> = {
  MET: { symbol: '✓', text: 'Met' },
  NOT_MET: { symbol: '✗', text: 'Not met' },
  UNKNOWN: { symbol: '?', text: 'Unknown' },
};

export const ELIGIBILITY: Record<string, string> = {
  ELIGIBLE: 'Eligible',
  POSSIBLY_ELIGIBLE: 'Possibly eligible',
  NOT_ELIGIBLE: 'Not eligible',
};

export const phaseText = (phases: string[]) =>
  phases.length
    ? `Phase ${phases.map((p) => p.replace('EARLY_PHASE', 'early ').replace('PHASE', '')).join('/')}`
    : 'Phase n/a';

export const statusText = (status: string) => status.toLowerCase().replace(/_/g, ' ');
