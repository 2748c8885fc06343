import type { ChangeDeclaration } from '@oneday/api-common';

/** What each patients mutation leaves in the audit trail and on live screens. */
export const PATIENT_CHANGES = {
  registerPatient: { audit: 'CREATE', announces: [] },
} as const satisfies Record<string, ChangeDeclaration>;
