import { registerEnumType } from '@nestjs/graphql';
import {
  AGENDA_ITEM_STATUSES,
  AUDIT_ACTIONS,
  AUDIT_OUTCOMES,
  AUDITED_ENTITIES,
  CASE_PROGRAMS,
  CASE_STATUSES,
  CLINIC_DAY_STATUSES,
  CLINIC_PROGRAMS,
  CONFERENCE_STATUSES,
  CRITERION_STATUSES,
  ELIGIBILITIES,
  FINDING_KINDS,
  FOLLOW_UP_KINDS,
  IMPORT_OUTCOMES,
  MODALITIES,
  PATIENT_INTERESTS,
  PATIENT_LANGUAGES,
  REQUIRED_SPECIALTIES,
  REVIEW_DECISIONS,
  ROLES,
  SEXES,
  SLOT_STATUSES,
  SPECIALTIES,
  STEP_POSITIONS,
  TRIAL_PHASES,
  TRIAL_SEXES,
  TRIAL_STATUSES,
  URGENCIES,
  VISIT_STATUSES,
} from '@oneday/domain';

/**
 * The clinic's closed vocabularies as GraphQL enums, all registered here: the values are the
 * domain's lists, each value standing for itself, so a resolver returns the domain's strings
 * and GraphQL refuses any other value in an input.
 */
function vocabulary<const V extends string>(
  values: readonly V[],
  name: string,
  description: string,
): { [K in V]: K } {
  const enumObject = Object.fromEntries(values.map((v) => [v, v])) as { [K in V]: K };
  registerEnumType(enumObject, { name, description });
  return enumObject;
}

export const RoleEnum = vocabulary(ROLES, 'Role', 'What a signed-in user may do.');

export const ClinicProgramEnum = vocabulary(
  CLINIC_PROGRAMS,
  'ClinicProgram',
  'A same-day clinic program (pathway).',
);
export const CaseProgramEnum = vocabulary(
  CASE_PROGRAMS,
  'CaseProgram',
  'The program of a conference case or conference: a clinic program, or OTHER.',
);
export const SpecialtyEnum = vocabulary(SPECIALTIES, 'Specialty', "A specialist's specialty.");
export const RequiredSpecialtyEnum = vocabulary(
  REQUIRED_SPECIALTIES,
  'RequiredSpecialty',
  'A specialty whose attendance CoC Standard 2.5 requires at each conference.',
);
export const StepPositionEnum = vocabulary(
  STEP_POSITIONS,
  'StepPosition',
  'A program step that must open (FIRST) or close (LAST) the day.',
);
export const ClinicDayStatusEnum = vocabulary(
  CLINIC_DAY_STATUSES,
  'ClinicDayStatus',
  "A patient's clinic day: booked, cancelled or completed.",
);
export const VisitStatusEnum = vocabulary(
  VISIT_STATUSES,
  'VisitStatus',
  'One visit of a clinic day: booked or cancelled.',
);
export const SlotStatusEnum = vocabulary(
  SLOT_STATUSES,
  'SlotStatus',
  "A specialist's slot: free, booked by a visit, or blocked.",
);
export const SexEnum = vocabulary(SEXES, 'Sex', "The sex on a patient's record.");
export const PatientLanguageEnum = vocabulary(
  PATIENT_LANGUAGES,
  'PatientLanguage',
  "A language the patient's own pages are written in.",
);

export const CaseStatusEnum = vocabulary(
  CASE_STATUSES,
  'CaseStatus',
  'Where a case is on its way through the Cancer Conference.',
);
export const UrgencyEnum = vocabulary(
  URGENCIES,
  'Urgency',
  'How soon the board should see a case.',
);
export const FindingKindEnum = vocabulary(
  FINDING_KINDS,
  'FindingKind',
  'The kind of evidence a case brings: lab, imaging, pathology, history or a note.',
);
export const ConferenceStatusEnum = vocabulary(
  CONFERENCE_STATUSES,
  'ConferenceStatus',
  'A conference: scheduled, in progress or closed.',
);
export const AgendaItemStatusEnum = vocabulary(
  AGENDA_ITEM_STATUSES,
  'AgendaItemStatus',
  "A case on a conference's agenda: pending or presented.",
);
export const ModalityEnum = vocabulary(
  MODALITIES,
  'Modality',
  'A treatment modality a board recommendation names.',
);
export const FollowUpKindEnum = vocabulary(
  FOLLOW_UP_KINDS,
  'FollowUpKind',
  "What a recommendation's follow-up asks for.",
);

export const TrialPhaseEnum = vocabulary(
  TRIAL_PHASES,
  'TrialPhase',
  'A ClinicalTrials.gov phase; NA when phases do not apply.',
);
export const TrialStatusEnum = vocabulary(
  TRIAL_STATUSES,
  'TrialStatus',
  'A ClinicalTrials.gov overall status; UNKNOWN for one the registry did not give or we do not know.',
);
export const TrialSexEnum = vocabulary(TRIAL_SEXES, 'TrialSex', 'Whom a trial takes, by sex.');
export const CriterionStatusEnum = vocabulary(
  CRITERION_STATUSES,
  'CriterionStatus',
  'One eligibility criterion against a case; missing or stale data is UNKNOWN, never NOT_MET.',
);
export const EligibilityEnum = vocabulary(
  ELIGIBILITIES,
  'Eligibility',
  'A case against a whole trial: any NOT_MET is NOT_ELIGIBLE, else any UNKNOWN is POSSIBLY_ELIGIBLE.',
);
export const ReviewDecisionEnum = vocabulary(
  REVIEW_DECISIONS,
  'ReviewDecision',
  "A reviewer's decision on one trial for one case.",
);
export const PatientInterestEnum = vocabulary(
  PATIENT_INTERESTS,
  'PatientInterest',
  "The patient's voluntary interest in a trial.",
);
export const ImportOutcomeEnum = vocabulary(
  IMPORT_OUTCOMES,
  'ImportOutcome',
  'What happened to one record of a ClinicalTrials.gov import.',
);

export const AuditOutcomeEnum = vocabulary(
  AUDIT_OUTCOMES,
  'AuditOutcome',
  'How an audited attempt ended: allowed, denied by the access rules, or failed.',
);
export const AuditActionEnum = vocabulary(
  AUDIT_ACTIONS,
  'AuditAction',
  'What a line of the audit trail says was done.',
);
export const AuditedEntityEnum = vocabulary(
  AUDITED_ENTITIES,
  'AuditedEntity',
  'The kind of record a line of the audit trail is about.',
);
