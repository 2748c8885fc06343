import type { ChangeDeclaration } from '@oneday/api-common';

/** What each trials mutation leaves in the audit trail and on live screens. */
export const TRIAL_CHANGES = {
  importTrials: { audit: 'IMPORT', announces: [] },
  updateTrialCriteria: { audit: 'UPDATE', announces: [] },
  recordTrialReview: { audit: 'REVIEW', announces: [] },
  withdrawTrialConsent: { audit: 'WITHDRAW_CONSENT', announces: [] },
} as const satisfies Record<string, ChangeDeclaration>;
