import type {
  AuditedEntity,
  AuditOutcome,
  CaseProgram,
  CaseStatus,
  ClinicProgram,
  ConferenceStatus,
  CriterionStatus,
  Eligibility,
  FindingKind,
  FollowUpKind,
  Modality,
  PatientInterest,
  RequiredSpecialty,
  ReviewDecision,
  Sex,
  Urgency,
} from '@oneday/shared-types';

/**
 * How the staff screens name the clinic's vocabulary, keyed by the enums generated from the api
 * schema: a value the api adds is a type error here until it has its words. Options are listed
 * in the order of these maps.
 */
export const PROGRAM_LABEL: Record<CaseProgram, string> = {
  BREAST: 'Breast',
  PROSTATE: 'Prostate',
  HEAD_AND_NECK: 'Head and neck',
  OTHER: 'Other',
};

const { OTHER: _other, ...clinicPrograms } = PROGRAM_LABEL;
/** The programs with a same-day clinic: every program but OTHER. */
export const CLINIC_PROGRAM_LABEL: Record<ClinicProgram, string> = clinicPrograms;

export const CASE_STATUS_LABEL: Record<CaseStatus, string> = {
  SUBMITTED: 'Submitted',
  ON_AGENDA: 'On agenda',
  DISCUSSED: 'Discussed',
  WITHDRAWN: 'Withdrawn',
};

export const URGENCY_LABEL: Record<Urgency, string> = {
  ROUTINE: 'Routine',
  SOON: 'Soon',
  URGENT: 'Urgent',
};

export const FINDING_KIND_LABEL: Record<FindingKind, string> = {
  LAB: 'Lab',
  IMAGING: 'Imaging',
  PATHOLOGY: 'Pathology',
  HISTORY: 'History',
  NOTE: 'Note',
};

export const CONFERENCE_STATUS_LABEL: Record<ConferenceStatus, string> = {
  SCHEDULED: 'Scheduled',
  IN_PROGRESS: 'In progress',
  CLOSED: 'Closed',
};

export const MODALITY_LABEL: Record<Modality, string> = {
  SURGERY: 'Surgery',
  SYSTEMIC_THERAPY: 'Systemic therapy',
  RADIATION: 'Radiation',
  SURVEILLANCE: 'Surveillance',
  CLINICAL_TRIAL: 'Clinical trial',
  SUPPORTIVE_CARE: 'Supportive care',
  FURTHER_WORKUP: 'Further workup',
};

export const FOLLOW_UP_KIND_LABEL: Record<FollowUpKind, string> = {
  FAMILY_GENETIC_TESTING: 'Family genetic testing',
  FURTHER_IMAGING: 'Further imaging',
  BIOPSY: 'Biopsy',
  REFERRAL_OUTSIDE_CARE: 'Referral outside care',
  TRIAL_SCREENING: 'Trial screening',
  OTHER: 'Other',
};

/** CoC Standard 2.5's required specialties, as the report names them. */
export const REQUIRED_SPECIALTY_LABEL: Record<RequiredSpecialty, string> = {
  SURGERY: 'Surgery',
  MEDICAL_ONCOLOGY: 'Medical oncology',
  RADIATION_ONCOLOGY: 'Radiation oncology',
  DIAGNOSTIC_RADIOLOGY: 'Diagnostic radiology',
  PATHOLOGY: 'Pathology',
};

export const SEX_LABEL: Record<Sex, string> = {
  FEMALE: 'Female',
  MALE: 'Male',
  OTHER: 'Other',
  UNKNOWN: 'Unknown',
};

export const CRITERION_STATUS_LABEL: Record<CriterionStatus, string> = {
  MET: 'Met',
  NOT_MET: 'Not met',
  UNKNOWN: 'Unknown',
};

export const ELIGIBILITY_LABEL: Record<Eligibility, string> = {
  ELIGIBLE: 'Eligible',
  POSSIBLY_ELIGIBLE: 'Possibly eligible',
  NOT_ELIGIBLE: 'Not eligible',
};

/** A reviewer's choice, as the review form offers it. */
export const REVIEW_DECISION_LABEL: Record<ReviewDecision, string> = {
  CONSIDER: 'Consider for this patient',
  NOT_ELIGIBLE: 'Not eligible',
  DEFER: 'Defer (more data needed)',
};

export const PATIENT_INTEREST_LABEL: Record<PatientInterest, string> = {
  INTERESTED: 'Interested',
  UNDECIDED: 'Undecided',
  NOT_INTERESTED: 'Not interested',
};

export const AUDIT_OUTCOME_LABEL: Record<AuditOutcome, string> = {
  ALLOWED: 'Allowed',
  DENIED: 'Denied',
  FAILED: 'Failed',
};

export const AUDITED_ENTITY_LABEL: Record<AuditedEntity, string> = {
  User: 'User (sign-in)',
  Patient: 'Patient',
  Specialist: 'Specialist',
  DaySchedule: 'Day schedule',
  ClinicDay: 'Clinic day',
  Visit: 'Visit',
  Itinerary: 'Itinerary',
  ProgramTemplate: 'Program template',
  Case: 'Case',
  Conference: 'Conference',
  AgendaItem: 'Agenda item',
  FollowUp: 'Follow-up',
  Trial: 'Trial',
  TrialCriteria: 'Trial criteria',
  TrialReview: 'Trial review',
  DemoCenter: 'Demo center',
};
