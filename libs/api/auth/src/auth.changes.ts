import type { ChangeDeclaration } from '@oneday/api-common';

/** What each auth mutation leaves in the audit trail and on live screens. */
export const AUTH_CHANGES = {
  login: { audit: 'LOGIN', announces: [] },
} as const satisfies Record<string, ChangeDeclaration>;
