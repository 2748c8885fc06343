/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AddCaseToAgendaInput = {
  caseId: string | number;
  conferenceId: string | number;
  minutes?: number;
  presenterId?: string | number | null | undefined;
};

/** A case on a conference's agenda: pending or presented. */
export type AgendaItemStatus =
  | 'PENDING'
  | 'PRESENTED';

/** What a line of the audit trail says was done. */
export type AuditAction =
  | 'ADD_TO_AGENDA'
  | 'ATTENDANCE'
  | 'BLOCK_TIME'
  | 'BOOK'
  | 'BUILD_AGENDA'
  | 'CANCEL'
  | 'COMPLETE'
  | 'CREATE'
  | 'IMPORT'
  | 'LOGIN'
  | 'PRESENT'
  | 'READ'
  | 'RECOMMEND'
  | 'REORDER_AGENDA'
  | 'RESCHEDULE'
  | 'REVIEW'
  | 'SCHEDULE'
  | 'SEARCH'
  | 'SEED'
  | 'SET_AVAILABILITY'
  | 'SUBMIT'
  | 'UPDATE'
  | 'WITHDRAW_CONSENT';

export type AuditEventsFilter = {
  action?: AuditAction | null | undefined;
  actorId?: string | null | undefined;
  entity?: AuditedEntity | null | undefined;
  entityId?: string | null | undefined;
  from?: string | null | undefined;
  limit?: number | null | undefined;
  outcome?: AuditOutcome | null | undefined;
  to?: string | null | undefined;
};

/** How an audited attempt ended: allowed, denied by the access rules, or failed. */
export type AuditOutcome =
  | 'ALLOWED'
  | 'DENIED'
  | 'FAILED';

/** The kind of record a line of the audit trail is about. */
export type AuditedEntity =
  | 'AgendaItem'
  | 'Case'
  | 'ClinicDay'
  | 'Conference'
  | 'DaySchedule'
  | 'DemoCenter'
  | 'FollowUp'
  | 'Itinerary'
  | 'Patient'
  | 'ProgramTemplate'
  | 'Specialist'
  | 'Trial'
  | 'TrialCriteria'
  | 'TrialReview'
  | 'User'
  | 'Visit';

export type BiomarkerInput = {
  /** ER, PR, HER2, Ki-67, PSA, Grade group, HPV/p16, PD-L1, or a gene symbol */
  name: string;
  /** yyyy-MM-dd */
  observedOn: string;
  value: string;
};

export type BiomarkerRuleInput = {
  equals: string;
  name: string;
};

export type BookClinicDayInput = {
  /** The case this day is for, if any. */
  caseId?: string | number | null | undefined;
  /** The day booked (yyyy-MM-dd). */
  date: string;
  /** Any unique text per booking attempt, so a double click books once. */
  idempotencyKey: string;
  lunchStartsAt?: string | null | undefined;
  /** Optional steps included, by key. */
  optionalSteps?: Array<string> | null | undefined;
  patientId: string | number;
  program: ClinicProgram;
  siteId: string | number;
  /** The chosen option, visit by visit. */
  visits: Array<ChosenVisitInput>;
};

/** The program of a conference case or conference: a clinic program, or OTHER. */
export type CaseProgram =
  | 'BREAST'
  | 'HEAD_AND_NECK'
  | 'OTHER'
  | 'PROSTATE';

/** Where a case is on its way through the Cancer Conference. */
export type CaseStatus =
  | 'DISCUSSED'
  | 'ON_AGENDA'
  | 'SUBMITTED'
  | 'WITHDRAWN';

export type CasesFilter = {
  /** Only cases the signed-in physician submitted. */
  mine?: boolean | null | undefined;
  /** One patient's cases. */
  patientId?: string | null | undefined;
  program?: CaseProgram | null | undefined;
  status?: CaseStatus | null | undefined;
};

export type ChosenVisitInput = {
  slotId: string | number;
  startsAt: string;
  stepKey: string;
};

export type ClinicDayOptionsInput = {
  /** One day (yyyy-MM-dd); or give from and to to find the earliest days. */
  date?: string | null | undefined;
  from?: string | null | undefined;
  /** Optional steps to include, by key. */
  optionalSteps?: Array<string> | null | undefined;
  patientId: string | number;
  program: ClinicProgram;
  siteId: string | number;
  to?: string | null | undefined;
};

/** A same-day clinic program (pathway). */
export type ClinicProgram =
  | 'BREAST'
  | 'HEAD_AND_NECK'
  | 'PROSTATE';

/** A conference: scheduled, in progress or closed. */
export type ConferenceStatus =
  | 'CLOSED'
  | 'IN_PROGRESS'
  | 'SCHEDULED';

/** One eligibility criterion against a case; missing or stale data is UNKNOWN, never NOT_MET. */
export type CriterionStatus =
  | 'MET'
  | 'NOT_MET'
  | 'UNKNOWN';

/** A case against a whole trial: any NOT_MET is NOT_ELIGIBLE, else any UNKNOWN is POSSIBLY_ELIGIBLE. */
export type Eligibility =
  | 'ELIGIBLE'
  | 'NOT_ELIGIBLE'
  | 'POSSIBLY_ELIGIBLE';

export type FindingInput = {
  kind: FindingKind;
  name: string;
  observedOn: string;
  text?: string | null | undefined;
  unit?: string | null | undefined;
  value?: string | null | undefined;
};

/** The kind of evidence a case brings: lab, imaging, pathology, history or a note. */
export type FindingKind =
  | 'HISTORY'
  | 'IMAGING'
  | 'LAB'
  | 'NOTE'
  | 'PATHOLOGY';

export type FollowUpInput = {
  description: string;
  /** yyyy-MM-dd */
  dueDate: string;
  kind: FollowUpKind;
  /** The specialist who owns it. */
  ownerId?: string | number | null | undefined;
};

/** What a recommendation's follow-up asks for. */
export type FollowUpKind =
  | 'BIOPSY'
  | 'FAMILY_GENETIC_TESTING'
  | 'FURTHER_IMAGING'
  | 'OTHER'
  | 'REFERRAL_OUTSIDE_CARE'
  | 'TRIAL_SCREENING';

/** What happened to one record of a ClinicalTrials.gov import. */
export type ImportOutcome =
  | 'IMPORTED'
  | 'REJECTED'
  | 'UPDATED';

export type LoginInput = {
  email: string;
  password: string;
};

/** A treatment modality a board recommendation names. */
export type Modality =
  | 'CLINICAL_TRIAL'
  | 'FURTHER_WORKUP'
  | 'RADIATION'
  | 'SUPPORTIVE_CARE'
  | 'SURGERY'
  | 'SURVEILLANCE'
  | 'SYSTEMIC_THERAPY';

/** The patient's voluntary interest in a trial. */
export type PatientInterest =
  | 'INTERESTED'
  | 'NOT_INTERESTED'
  | 'UNDECIDED';

/** A language the patient's own pages are written in. */
export type PatientLanguage =
  | 'en'
  | 'es';

export type RecordRecommendationInput = {
  agendaItemId: string | number;
  consensusPlan: string;
  dissent?: string | null | undefined;
  followUps?: Array<FollowUpInput>;
  /** e.g. NCCN Breast Cancer */
  guideline?: string | null | undefined;
  /** e.g. 4.2025 */
  guidelineVersion?: string | null | undefined;
  modalities: Array<Modality>;
  stageDocumented: boolean;
  stageDocumentedById?: string | number | null | undefined;
  trialDiscussed: boolean;
  trialIds?: Array<string | number>;
};

export type RecordTrialReviewInput = {
  caseId: string | number;
  /** When participation was discussed with the patient. */
  consentDiscussedAt?: string | null | undefined;
  /** May the research team contact the patient? */
  contactConsent?: boolean | null | undefined;
  decision: ReviewDecision;
  /** The patient's voluntary interest, if it was discussed. */
  patientInterest?: PatientInterest | null | undefined;
  reason?: string;
  trialId: string | number;
  /** The clinic day's trial-eligibility visit, if the review happened there. */
  visitId?: string | number | null | undefined;
};

export type RegisterPatientInput = {
  /** yyyy-MM-dd */
  birthDate: string;
  email?: string | null | undefined;
  familyName: string;
  givenName: string;
  language?: string | null | undefined;
  /** Medical record number: letters, digits and dashes. */
  mrn: string;
  needsInterpreter?: boolean | null | undefined;
  needsMobilityAssistance?: boolean | null | undefined;
  needsTransport?: boolean | null | undefined;
  phone?: string | null | undefined;
  sex: Sex;
};

/** A specialty whose attendance CoC Standard 2.5 requires at each conference. */
export type RequiredSpecialty =
  | 'DIAGNOSTIC_RADIOLOGY'
  | 'MEDICAL_ONCOLOGY'
  | 'PATHOLOGY'
  | 'RADIATION_ONCOLOGY'
  | 'SURGERY';

/** A reviewer's decision on one trial for one case. */
export type ReviewDecision =
  | 'CONSIDER'
  | 'DEFER'
  | 'NOT_ELIGIBLE';

/** What a signed-in user may do. */
export type Role =
  | 'ADMIN'
  | 'COORDINATOR'
  | 'PATIENT'
  | 'PHYSICIAN';

export type ScheduleConferenceInput = {
  capacityMinutes?: number;
  /** Null for a general conference. */
  program?: CaseProgram | null | undefined;
  siteId: string | number;
  startsAt: string;
  title: string;
};

/** The sex on a patient's record. */
export type Sex =
  | 'FEMALE'
  | 'MALE'
  | 'OTHER'
  | 'UNKNOWN';

/** A specialist's slot: free, booked by a visit, or blocked. */
export type SlotStatus =
  | 'BLOCKED'
  | 'BOOKED'
  | 'FREE';

/** A specialist's specialty. */
export type Specialty =
  | 'BREAST_SURGEON'
  | 'DENTAL_ONCOLOGIST'
  | 'DIETITIAN'
  | 'GENETIC_COUNSELOR'
  | 'HEAD_AND_NECK_SURGEON'
  | 'MEDICAL_ONCOLOGIST'
  | 'NURSE_NAVIGATOR'
  | 'PATHOLOGIST'
  | 'PLASTIC_SURGEON'
  | 'RADIATION_ONCOLOGIST'
  | 'RADIOLOGIST'
  | 'RESEARCH_NURSE'
  | 'SOCIAL_WORKER'
  | 'SPEECH_LANGUAGE_PATHOLOGIST'
  | 'UROLOGIC_ONCOLOGIST';

export type SubmitCaseInput = {
  biomarkers?: Array<BiomarkerInput>;
  clinicalM?: string | null | undefined;
  clinicalN?: string | null | undefined;
  clinicalT?: string | null | undefined;
  ecog?: number | null | undefined;
  findings?: Array<FindingInput>;
  histology: string;
  /** The patient's medical record number. */
  mrn: string;
  primarySite: string;
  priorTherapy?: Array<string>;
  program: CaseProgram;
  /** What the board is asked to decide. */
  question: string;
  stageGroup?: string | null | undefined;
  treatmentStarted?: boolean;
  urgency?: Urgency;
};

export type TrialCriteriaInput = {
  biomarkers: Array<BiomarkerRuleInput>;
  ecogMax?: number | null | undefined;
  gradeGroupMax?: number | null | undefined;
  gradeGroupMin?: number | null | undefined;
  histologies: Array<string>;
  primarySites: Array<string>;
  priorTherapyExcluded: Array<string>;
  priorTherapyRequired: Array<string>;
  programs: Array<CaseProgram>;
  psaMax?: number | null | undefined;
  psaMin?: number | null | undefined;
  stageMax?: string | null | undefined;
  stageMin?: string | null | undefined;
  trialId: string | number;
  variants: Array<VariantRuleInput>;
};

/** A ClinicalTrials.gov phase; NA when phases do not apply. */
export type TrialPhase =
  | 'EARLY_PHASE1'
  | 'NA'
  | 'PHASE1'
  | 'PHASE2'
  | 'PHASE3'
  | 'PHASE4';

/** Whom a trial takes, by sex. */
export type TrialSex =
  | 'ALL'
  | 'FEMALE'
  | 'MALE';

/** A ClinicalTrials.gov overall status; UNKNOWN for one the registry did not give or we do not know. */
export type TrialStatus =
  | 'ACTIVE_NOT_RECRUITING'
  | 'APPROVED_FOR_MARKETING'
  | 'AVAILABLE'
  | 'COMPLETED'
  | 'ENROLLING_BY_INVITATION'
  | 'NOT_YET_RECRUITING'
  | 'NO_LONGER_AVAILABLE'
  | 'RECRUITING'
  | 'SUSPENDED'
  | 'TEMPORARILY_NOT_AVAILABLE'
  | 'TERMINATED'
  | 'UNKNOWN'
  | 'WITHDRAWN'
  | 'WITHHELD';

/** How soon the board should see a case. */
export type Urgency =
  | 'ROUTINE'
  | 'SOON'
  | 'URGENT';

export type VariantRuleInput = {
  gene: string;
  variantClass: string;
};

export type AuditEventsQueryVariables = Exact<{
  filter?: AuditEventsFilter | null | undefined;
}>;


export type AuditEventsQuery = { auditEvents: Array<{ id: string, occurredAt: string, actorId: string | null, actorRole: string | null, action: AuditAction, entity: AuditedEntity, entityId: string | null, outcome: AuditOutcome, detail: string | null }> };

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { users: Array<{ id: string, email: string, displayName: string, role: Role, active: boolean }> };

export type CaseQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseQuery = { case: { id: string, program: CaseProgram, primarySite: string, histology: string, clinicalT: string | null, clinicalN: string | null, clinicalM: string | null, stageGroup: string | null, ecog: number | null, priorTherapy: Array<string>, treatmentStarted: boolean, question: string, urgency: Urgency, status: CaseStatus, submittedAt: string, patient: { id: string, name: string, mrn: string, birthDate: string, sex: Sex }, submittedBy: { id: string, name: string, specialty: Specialty }, recommendation: { consensusPlan: string, modalities: Array<Modality>, guideline: string | null, guidelineVersion: string | null, trialDiscussed: boolean, followUps: Array<{ id: string, description: string, dueDate: string, doneAt: string | null }> } | null, biomarkers: Array<{ name: string, value: string, observedOn: string }>, findings: Array<{ kind: FindingKind, name: string, value: string | null, unit: string | null, observedOn: string, text: string | null }> } };

export type CasesQueryVariables = Exact<{
  filter?: CasesFilter | null | undefined;
}>;


export type CasesQuery = { cases: Array<{ id: string, program: CaseProgram, primarySite: string, histology: string, clinicalT: string | null, clinicalN: string | null, clinicalM: string | null, stageGroup: string | null, urgency: Urgency, status: CaseStatus, submittedAt: string, patient: { id: string, name: string, mrn: string }, submittedBy: { id: string, name: string } }> };

export type ProgramsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramsQuery = { programs: Array<{ program: ClinicProgram, name: string, steps: Array<{ key: string, label: string, specialty: Specialty, required: boolean }> }>, sites: Array<{ id: string, name: string, timeZone: string }> };

export type FindPatientsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type FindPatientsQuery = { patients: Array<{ id: string, mrn: string, givenName: string, familyName: string, birthDate: string, language: string, needs: { interpreter: boolean, mobilityAssistance: boolean } }> };

export type ClinicDayOptionsQueryVariables = Exact<{
  input: ClinicDayOptionsInput;
}>;


export type ClinicDayOptionsQuery = { clinicDayOptions: { feasible: boolean, reason: string | null, days: Array<{ date: string, options: Array<{ rank: number, arrivalAt: string, departureAt: string, spanMinutes: number, waitingMinutes: number, roomChanges: number, lunch: { startsAt: string, endsAt: string } | null, visits: Array<{ stepKey: string, stepLabel: string, specialty: Specialty, slotId: string, specialistName: string, room: string, startsAt: string, endsAt: string }> }> }> } };

export type BookClinicDayMutationVariables = Exact<{
  input: BookClinicDayInput;
}>;


export type BookClinicDayMutation = { bookClinicDay: { id: string, date: string, arrivalAt: string | null, departureAt: string | null, visits: Array<{ id: string }> } };

export type DayScheduleQueryVariables = Exact<{
  siteId: string | number;
  date: string;
}>;


export type DayScheduleQuery = { daySchedule: { siteId: string, date: string, timeZone: string, rows: Array<{ specialistId: string, specialistName: string, specialtyTitle: string, slots: Array<{ id: string, startsAt: string, endsAt: string, status: SlotStatus, blockReason: string | null }>, visits: Array<{ id: string, patientName: string, step: string, startsAt: string, endsAt: string }> }> } };

export type DayScheduleChangedSubscriptionVariables = Exact<{
  siteId: string | number;
  date: string;
}>;


export type DayScheduleChangedSubscription = { dayScheduleChanged: { reason: string } };

export type PatientCasesQueryVariables = Exact<{
  patientId: string;
}>;


export type PatientCasesQuery = { cases: Array<{ id: string, program: CaseProgram, histology: string, primarySite: string, stageGroup: string | null }> };

export type PendingTrialReviewsQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingTrialReviewsQuery = { pendingTrialReviews: Array<{ clinicDayId: string, caseId: string | null, patientName: string, date: string }> };

export type SubmitCaseMutationVariables = Exact<{
  input: SubmitCaseInput;
}>;


export type SubmitCaseMutation = { submitCase: { id: string } };

export type ConferencesQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ConferencesQuery = { conferences: Array<{ id: string, title: string, program: CaseProgram | null, startsAt: string, capacityMinutes: number, status: ConferenceStatus, agenda: Array<{ id: string }> }>, overdueFollowUps: Array<{ id: string, kind: FollowUpKind, description: string, ownerName: string | null, dueDate: string, patientName: string, caseId: string }>, sites: Array<{ id: string, timeZone: string }> };

export type ScheduleConferenceMutationVariables = Exact<{
  input: ScheduleConferenceInput;
}>;


export type ScheduleConferenceMutation = { scheduleConference: { id: string } };

export type CompleteFollowUpMutationVariables = Exact<{
  id: string | number;
}>;


export type CompleteFollowUpMutation = { completeFollowUp: Array<{ id: string }> };

export type ConferenceQueryVariables = Exact<{
  id: string | number;
}>;


export type ConferenceQuery = { conference: { id: string, title: string, program: CaseProgram | null, startsAt: string, timeZone: string, capacityMinutes: number, status: ConferenceStatus, currentAgendaItemId: string | null, agenda: Array<{ id: string, position: number, minutes: number, prospective: boolean, status: AgendaItemStatus, caseId: string, patientName: string, summary: string, urgency: Urgency, presenterName: string | null, recommendation: { consensusPlan: string, modalities: Array<Modality>, followUps: Array<{ id: string, kind: FollowUpKind, description: string, dueDate: string }> } | null }>, attendance: Array<{ specialistId: string, name: string, specialty: Specialty }> }, specialists: Array<{ id: string, name: string, specialtyTitle: string }>, trials: Array<{ id: string, nctId: string, title: string }> };

export type AgendaCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type AgendaCandidatesQuery = { cases: Array<{ id: string, histology: string, urgency: Urgency, patient: { name: string } }> };

export type AddCaseToAgendaMutationVariables = Exact<{
  input: AddCaseToAgendaInput;
}>;


export type AddCaseToAgendaMutation = { addCaseToAgenda: { id: string } };

export type BuildAgendaMutationVariables = Exact<{
  id: string | number;
}>;


export type BuildAgendaMutation = { buildAgenda: { id: string } };

export type ReorderAgendaMutationVariables = Exact<{
  id: string | number;
  itemIds: Array<string | number> | string | number;
}>;


export type ReorderAgendaMutation = { reorderAgenda: { id: string } };

export type RecordAttendanceMutationVariables = Exact<{
  id: string | number;
  specialistId: string | number;
}>;


export type RecordAttendanceMutation = { recordAttendance: { id: string } };

export type RecordRecommendationMutationVariables = Exact<{
  input: RecordRecommendationInput;
}>;


export type RecordRecommendationMutation = { recordRecommendation: { id: string } };

export type ConferenceMetricsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ConferenceMetricsQuery = { conferenceMetrics: { conferences: number, casesPresented: number, prospectiveShare: number | null, stageDocumentedShare: number | null, trialsDiscussedShare: number | null, fullyAttendedConferences: number, followUpsDue: number, followUpsOnTime: number, followUpsOnTimeShare: number | null, attendance: Array<{ specialty: RequiredSpecialty, share: number | null }> } };

export type PresentAgendaItemMutationVariables = Exact<{
  id: string | number;
  itemId: string | number;
}>;


export type PresentAgendaItemMutation = { presentAgendaItem: { id: string, currentAgendaItemId: string | null } };

export type ConferenceChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type ConferenceChangedSubscription = { conferenceChanged: { reason: string } };

export type MyItineraryQueryVariables = Exact<{
  language?: PatientLanguage | null | undefined;
}>;


export type MyItineraryQuery = { myItinerary: Array<{ id: string, date: string, program: ClinicProgram, arrivalAt: string | null, departureAt: string | null, whatToBring: Array<string>, patientLanguage: PatientLanguage, lunch: { startsAt: string, endsAt: string } | null, site: { id: string, name: string, address: string, timeZone: string }, visits: Array<{ id: string, specialtyTitle: string, purpose: string, specialistName: string, room: string, startsAt: string, endsAt: string }> }> };

export type PatientsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type PatientsQuery = { patients: Array<{ id: string, mrn: string, givenName: string, familyName: string, birthDate: string, sex: Sex, language: string, needs: { interpreter: boolean, mobilityAssistance: boolean, transport: boolean } }> };

export type RegisterPatientMutationVariables = Exact<{
  input: RegisterPatientInput;
}>;


export type RegisterPatientMutation = { registerPatient: { id: string, mrn: string } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, displayName: string, role: Role, patientId: string | null, specialistId: string | null } };

export type TrialsQueryVariables = Exact<{ [key: string]: never; }>;


export type TrialsQuery = { trials: Array<{ id: string, nctId: string, title: string, phases: Array<TrialPhase>, overallStatus: TrialStatus, sponsor: string, cooperativeGroup: string | null, internal: boolean, sex: TrialSex, minimumAgeYears: number | null, maximumAgeYears: number | null, criteria: { programs: Array<CaseProgram>, primarySites: Array<string>, histologies: Array<string>, stageMin: string | null, stageMax: string | null, psaMin: number | null, psaMax: number | null, gradeGroupMin: number | null, gradeGroupMax: number | null, ecogMax: number | null, priorTherapyRequired: Array<string>, priorTherapyExcluded: Array<string>, biomarkers: Array<{ name: string, equals: string }>, variants: Array<{ gene: string, variantClass: string }> } }> };

export type ImportTrialsMutationVariables = Exact<{
  json: string;
}>;


export type ImportTrialsMutation = { importTrials: { imported: number, updated: number, rejected: number, records: Array<{ nctId: string | null, outcome: ImportOutcome, reason: string | null }> } };

export type UpdateTrialCriteriaMutationVariables = Exact<{
  input: TrialCriteriaInput;
}>;


export type UpdateTrialCriteriaMutation = { updateTrialCriteria: { id: string } };

export type TrialMatchesQueryVariables = Exact<{
  caseId: string | number;
}>;


export type TrialMatchesQuery = { case: { id: string, histology: string, stageGroup: string | null, patient: { name: string, mrn: string } }, trialMatches: Array<{ rank: number, overall: Eligibility, reasons: Array<string>, trial: { id: string, nctId: string, title: string, phases: Array<TrialPhase>, overallStatus: TrialStatus, internal: boolean, cooperativeGroup: string | null, sponsor: string, inclusionLines: Array<string>, exclusionLines: Array<string>, locations: Array<string> }, criteria: Array<{ criterion: string, requirement: string, status: CriterionStatus, value: string | null, observedOn: string | null }>, review: { id: string, decision: ReviewDecision, reason: string, reviewerName: string, reviewedAt: string, patientInterest: PatientInterest | null, contactConsent: boolean | null, consentWithdrawnAt: string | null } | null }> };

export type RecordTrialReviewMutationVariables = Exact<{
  input: RecordTrialReviewInput;
}>;


export type RecordTrialReviewMutation = { recordTrialReview: { id: string } };


export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const CaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Case"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"program"}},{"kind":"Field","name":{"kind":"Name","value":"primarySite"}},{"kind":"Field","name":{"kind":"Name","value":"histology"}},{"kind":"Field","name":{"kind":"Name","value":"clinicalT"}},{"kind":"Field","name":{"kind":"Name","value":"clinicalN"}},{"kind":"Field","name":{"kind":"Name","value":"clinicalM"}},{"kind":"Field","name":{"kind":"Name","value":"stageGroup"}},{"kind":"Field","name":{"kind":"Name","value":"ecog"}},{"kind":"Field","name":{"kind":"Name","value":"priorTherapy"}},{"kind":"Field","name":{"kind":"Name","value":"treatmentStarted"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consensusPlan"}},{"kind":"Field","name":{"kind":"Name","value":"modalities"}},{"kind":"Field","name":{"kind":"Name","value":"guideline"}},{"kind":"Field","name":{"kind":"Name","value":"guidelineVersion"}},{"kind":"Field","name":{"kind":"Name","value":"trialDiscussed"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"biomarkers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"observedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"observedOn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<CaseQuery, CaseQueryVariables>;
export const CasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CasesFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"program"}},{"kind":"Field","name":{"kind":"Name","value":"primarySite"}},{"kind":"Field","name":{"kind":"Name","value":"histology"}},{"kind":"Field","name":{"kind":"Name","value":"clinicalT"}},{"kind":"Field","name":{"kind":"Name","value":"clinicalN"}},{"kind":"Field","name":{"kind":"Name","value":"clinicalM"}},{"kind":"Field","name":{"kind":"Name","value":"stageGroup"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CasesQuery, CasesQueryVariables>;
export const ProgramsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<ProgramsQuery, ProgramsQueryVariables>;
export const FindPatientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindPatients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interpreter"}},{"kind":"Field","name":{"kind":"Name","value":"mobilityAssistance"}}]}}]}}]}}]} as unknown as DocumentNode<FindPatientsQuery, FindPatientsQueryVariables>;
export const ClinicDayOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClinicDayOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClinicDayOptionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clinicDayOptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feasible"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalAt"}},{"kind":"Field","name":{"kind":"Name","value":"departureAt"}},{"kind":"Field","name":{"kind":"Name","value":"spanMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"waitingMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"roomChanges"}},{"kind":"Field","name":{"kind":"Name","value":"lunch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stepKey"}},{"kind":"Field","name":{"kind":"Name","value":"stepLabel"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"slotId"}},{"kind":"Field","name":{"kind":"Name","value":"specialistName"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClinicDayOptionsQuery, ClinicDayOptionsQueryVariables>;
export const BookClinicDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookClinicDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookClinicDayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookClinicDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalAt"}},{"kind":"Field","name":{"kind":"Name","value":"departureAt"}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<BookClinicDayMutation, BookClinicDayMutationVariables>;
export const DayScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DaySchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daySchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specialistId"}},{"kind":"Field","name":{"kind":"Name","value":"specialistName"}},{"kind":"Field","name":{"kind":"Name","value":"specialtyTitle"}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"blockReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientName"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DayScheduleQuery, DayScheduleQueryVariables>;
export const DayScheduleChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DayScheduleChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayScheduleChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<DayScheduleChangedSubscription, DayScheduleChangedSubscriptionVariables>;
export const PatientCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"patientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patientId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"program"}},{"kind":"Field","name":{"kind":"Name","value":"histology"}},{"kind":"Field","name":{"kind":"Name","value":"primarySite"}},{"kind":"Field","name":{"kind":"Name","value":"stageGroup"}}]}}]}}]} as unknown as DocumentNode<PatientCasesQuery, PatientCasesQueryVariables>;
export const PendingTrialReviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingTrialReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingTrialReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clinicDayId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"patientName"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<PendingTrialReviewsQuery, PendingTrialReviewsQueryVariables>;
export const SubmitCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SubmitCaseMutation, SubmitCaseMutationVariables>;
export const ConferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Conferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"program"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacityMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueFollowUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"patientName"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<ConferencesQuery, ConferencesQueryVariables>;
export const ScheduleConferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleConference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleConferenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleConference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScheduleConferenceMutation, ScheduleConferenceMutationVariables>;
export const CompleteFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CompleteFollowUpMutation, CompleteFollowUpMutationVariables>;
export const ConferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Conference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"program"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"capacityMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentAgendaItemId"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"prospective"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"patientName"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"presenterName"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consensusPlan"}},{"kind":"Field","name":{"kind":"Name","value":"modalities"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specialistId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"specialtyTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nctId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ConferenceQuery, ConferenceQueryVariables>;
export const AgendaCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgendaCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"SUBMITTED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"histology"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}}]}}]}}]} as unknown as DocumentNode<AgendaCandidatesQuery, AgendaCandidatesQueryVariables>;
export const AddCaseToAgendaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCaseToAgenda"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCaseToAgendaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCaseToAgenda"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddCaseToAgendaMutation, AddCaseToAgendaMutationVariables>;
export const BuildAgendaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BuildAgenda"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildAgenda"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conferenceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BuildAgendaMutation, BuildAgendaMutationVariables>;
export const ReorderAgendaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderAgenda"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderAgenda"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conferenceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"itemIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReorderAgendaMutation, ReorderAgendaMutationVariables>;
export const RecordAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"specialistId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conferenceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"specialistId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"specialistId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordAttendanceMutation, RecordAttendanceMutationVariables>;
export const RecordRecommendationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRecommendation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRecommendationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRecommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordRecommendationMutation, RecordRecommendationMutationVariables>;
export const ConferenceMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConferenceMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conferenceMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conferences"}},{"kind":"Field","name":{"kind":"Name","value":"casesPresented"}},{"kind":"Field","name":{"kind":"Name","value":"prospectiveShare"}},{"kind":"Field","name":{"kind":"Name","value":"stageDocumentedShare"}},{"kind":"Field","name":{"kind":"Name","value":"trialsDiscussedShare"}},{"kind":"Field","name":{"kind":"Name","value":"fullyAttendedConferences"}},{"kind":"Field","name":{"kind":"Name","value":"followUpsDue"}},{"kind":"Field","name":{"kind":"Name","value":"followUpsOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"followUpsOnTimeShare"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]}}]} as unknown as DocumentNode<ConferenceMetricsQuery, ConferenceMetricsQueryVariables>;
export const PresentAgendaItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PresentAgendaItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"presentAgendaItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conferenceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"agendaItemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentAgendaItemId"}}]}}]}}]} as unknown as DocumentNode<PresentAgendaItemMutation, PresentAgendaItemMutationVariables>;
export const ConferenceChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConferenceChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conferenceChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conferenceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<ConferenceChangedSubscription, ConferenceChangedSubscriptionVariables>;
export const MyItineraryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyItinerary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PatientLanguage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myItinerary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"program"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalAt"}},{"kind":"Field","name":{"kind":"Name","value":"departureAt"}},{"kind":"Field","name":{"kind":"Name","value":"lunch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"whatToBring"}},{"kind":"Field","name":{"kind":"Name","value":"patientLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"specialtyTitle"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"specialistName"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]}}]} as unknown as DocumentNode<MyItineraryQuery, MyItineraryQueryVariables>;
export const PatientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Patients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interpreter"}},{"kind":"Field","name":{"kind":"Name","value":"mobilityAssistance"}},{"kind":"Field","name":{"kind":"Name","value":"transport"}}]}}]}}]}}]} as unknown as DocumentNode<PatientsQuery, PatientsQueryVariables>;
export const RegisterPatientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterPatient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPatientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerPatient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}}]}}]}}]} as unknown as DocumentNode<RegisterPatientMutation, RegisterPatientMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"specialistId"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const TrialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Trials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nctId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phases"}},{"kind":"Field","name":{"kind":"Name","value":"overallStatus"}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativeGroup"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"minimumAgeYears"}},{"kind":"Field","name":{"kind":"Name","value":"maximumAgeYears"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"}},{"kind":"Field","name":{"kind":"Name","value":"primarySites"}},{"kind":"Field","name":{"kind":"Name","value":"histologies"}},{"kind":"Field","name":{"kind":"Name","value":"stageMin"}},{"kind":"Field","name":{"kind":"Name","value":"stageMax"}},{"kind":"Field","name":{"kind":"Name","value":"biomarkers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"equals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"psaMin"}},{"kind":"Field","name":{"kind":"Name","value":"psaMax"}},{"kind":"Field","name":{"kind":"Name","value":"gradeGroupMin"}},{"kind":"Field","name":{"kind":"Name","value":"gradeGroupMax"}},{"kind":"Field","name":{"kind":"Name","value":"ecogMax"}},{"kind":"Field","name":{"kind":"Name","value":"priorTherapyRequired"}},{"kind":"Field","name":{"kind":"Name","value":"priorTherapyExcluded"}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gene"}},{"kind":"Field","name":{"kind":"Name","value":"variantClass"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrialsQuery, TrialsQueryVariables>;
export const ImportTrialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportTrials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"json"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importTrials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"json"},"value":{"kind":"Variable","name":{"kind":"Name","value":"json"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nctId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ImportTrialsMutation, ImportTrialsMutationVariables>;
export const UpdateTrialCriteriaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTrialCriteria"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrialCriteriaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTrialCriteria"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateTrialCriteriaMutation, UpdateTrialCriteriaMutationVariables>;
export const TrialMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrialMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"histology"}},{"kind":"Field","name":{"kind":"Name","value":"stageGroup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trialMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"trial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nctId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phases"}},{"kind":"Field","name":{"kind":"Name","value":"overallStatus"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativeGroup"}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"}},{"kind":"Field","name":{"kind":"Name","value":"inclusionLines"}},{"kind":"Field","name":{"kind":"Name","value":"exclusionLines"}},{"kind":"Field","name":{"kind":"Name","value":"locations"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"observedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerName"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"patientInterest"}},{"kind":"Field","name":{"kind":"Name","value":"contactConsent"}},{"kind":"Field","name":{"kind":"Name","value":"consentWithdrawnAt"}}]}}]}}]}}]} as unknown as DocumentNode<TrialMatchesQuery, TrialMatchesQueryVariables>;
export const RecordTrialReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTrialReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTrialReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTrialReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordTrialReviewMutation, RecordTrialReviewMutationVariables>;