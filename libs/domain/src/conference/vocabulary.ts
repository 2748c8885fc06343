/** Where a case is on its way through the Cancer Conference. */
export const CASE_STATUSES = ['SUBMITTED', 'ON_AGENDA', 'DISCUSSED', 'WITHDRAWN'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CONFERENCE_STATUSES = ['SCHEDULED', 'IN_PROGRESS', 'CLOSED'] as const;
export type ConferenceStatus = (typeof CONFERENCE_STATUSES)[number];

/** A case on a conference's agenda: still to present, or presented. */
export const AGENDA_ITEM_STATUSES = ['PENDING', 'PRESENTED'] as const;
export type AgendaItemStatus = (typeof AGENDA_ITEM_STATUSES)[number];

/** The kinds of evidence a case brings to the board. */
export const FINDING_KINDS = ['LAB', 'IMAGING', 'PATHOLOGY', 'HISTORY', 'NOTE'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** The treatment modalities a board recommendation may name. */
export const MODALITIES = [
  'SURGERY',
  'SYSTEMIC_THERAPY',
  'RADIATION',
  'SURVEILLANCE',
  'CLINICAL_TRIAL',
  'SUPPORTIVE_CARE',
  'FURTHER_WORKUP',
] as const;
export type Modality = (typeof MODALITIES)[number];

/** What a recommendation's follow-up asks for. */
export const FOLLOW_UP_KINDS = [
  'FAMILY_GENETIC_TESTING',
  'FURTHER_IMAGING',
  'BIOPSY',
  'REFERRAL_OUTSIDE_CARE',
  'TRIAL_SCREENING',
  'OTHER',
] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];
