/** What a line of the audit trail says was done. One list, so a new action is a type error until named here. */
export const AUDIT_ACTIONS = [
  'READ',
  'SEARCH',
  'LOGIN',
  'SEED',
  'CREATE',
  'UPDATE',
  'IMPORT',
  'SET_AVAILABILITY',
  'BLOCK_TIME',
  'BOOK',
  'CANCEL',
  'RESCHEDULE',
  'SUBMIT',
  'SCHEDULE',
  'ADD_TO_AGENDA',
  'BUILD_AGENDA',
  'REORDER_AGENDA',
  'PRESENT',
  'ATTENDANCE',
  'RECOMMEND',
  'COMPLETE',
  'REVIEW',
  'WITHDRAW_CONSENT',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The kinds of record an audit line can be about. */
export const AUDITED_ENTITIES = [
  'User',
  'Patient',
  'Specialist',
  'DaySchedule',
  'ClinicDay',
  'Visit',
  'Itinerary',
  'ProgramTemplate',
  'Case',
  'Conference',
  'AgendaItem',
  'FollowUp',
  'Trial',
  'TrialCriteria',
  'TrialReview',
  'DemoCenter',
] as const;
export type AuditedEntity = (typeof AUDITED_ENTITIES)[number];

/** How an audited attempt ended: allowed, refused by the access rules, or failed. */
export const AUDIT_OUTCOMES = ['ALLOWED', 'DENIED', 'FAILED'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];
