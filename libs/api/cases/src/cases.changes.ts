import type { ChangeDeclaration } from '@oneday/api-common';

/** What each cases mutation leaves in the audit trail and on live screens. */
export const CASE_CHANGES = {
  submitCase: { audit: 'SUBMIT', announces: [] },
} as const satisfies Record<string, ChangeDeclaration>;
