/** How an audited attempt ended: allowed, refused by the access rules, or failed. */
export const AUDIT_OUTCOMES = ['ALLOWED', 'DENIED', 'FAILED'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];
