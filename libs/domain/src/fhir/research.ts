import type { PatientInterest, ReviewDecision } from '../trials/vocabulary.js';
import { instant, reference, type FhirResource } from './fhir-types.js';

export interface StudyRecord {
  id: string;
  nctId: string;
  title: string;
  overallStatus: string;
  phases: string[];
  sponsor: string;
  programs: string[];
  siteIds: string[];
  eligibilityText: string;
}

export interface TrialReviewRecord {
  id: string;
  trialId: string;
  patientId: string;
  decision: ReviewDecision;
  patientInterest: PatientInterest | null;
  contactConsent: boolean | null;
  consentDiscussedAt: Date | null;
  consentWithdrawnAt: Date | null;
  reviewedAt: Date;
}

/** ClinicalTrials.gov overall status to the R4 research-study-status value set. */
const STUDY_STATUS: Record<string, string> = {
  RECRUITING: 'active',
  ENROLLING_BY_INVITATION: 'active',
  NOT_YET_RECRUITING: 'approved',
  ACTIVE_NOT_RECRUITING: 'closed-to-accrual',
  SUSPENDED: 'temporarily-closed-to-accrual',
  TERMINATED: 'administratively-completed',
  COMPLETED: 'completed',
  WITHDRAWN: 'withdrawn',
};

/** CT.gov phases (PHASE1, PHASE2...) to the R4 research-study-phase codes. */
function studyPhase(phases: string[]): string {
  const numbers = phases
    .map((p) => /^PHASE(\d)$/.exec(p)?.[1])
    .filter((n): n is string => n !== undefined)
    .sort();
  if (phases.includes('EARLY_PHASE1')) return 'early-phase-1';
  if (numbers.length === 2) return `phase-${numbers[0]}-phase-${numbers[1]}`;
  if (numbers.length === 1) return `phase-${numbers[0]}`;
  return 'n-a';
}

export function toFhirResearchStudy(trial: StudyRecord): FhirResource {
  return {
    resourceType: 'ResearchStudy',
    id: trial.id,
    identifier: [{ system: 'https://clinicaltrials.gov', value: trial.nctId }],
    title: trial.title,
    status: STUDY_STATUS[trial.overallStatus] ?? 'in-review',
    phase: {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/research-study-phase',
          code: studyPhase(trial.phases),
        },
      ],
    },
    condition: trial.programs.map((program) => ({
      text: program.replace(/_/g, ' ').toLowerCase(),
    })),
    ...(trial.sponsor ? { sponsor: { display: trial.sponsor } } : {}),
    ...(trial.siteIds.length ? { site: trial.siteIds.map((id) => reference('Location', id)) } : {}),
    ...(trial.eligibilityText ? { description: trial.eligibilityText } : {}),
  };
}

/** Where the patient stands with the trial after the clinic day's eligibility review. */
function subjectStatus(review: TrialReviewRecord): string {
  if (review.consentWithdrawnAt) return 'withdrawn';
  if (review.decision === 'NOT_ELIGIBLE') return 'ineligible';
  if (review.decision === 'CONSIDER' && review.patientInterest === 'INTERESTED') return 'candidate';
  return 'potential-candidate';
}

export function toFhirResearchSubject(review: TrialReviewRecord): FhirResource {
  return {
    resourceType: 'ResearchSubject',
    id: review.id,
    status: subjectStatus(review),
    period: { start: instant(review.reviewedAt) },
    study: reference('ResearchStudy', review.trialId),
    individual: reference('Patient', review.patientId),
    ...(review.contactConsent !== null ? { consent: reference('Consent', review.id) } : {}),
  };
}

/** The patient's permission to be contacted about the trial; null until it was discussed. */
export function toFhirConsent(review: TrialReviewRecord): FhirResource | null {
  if (review.contactConsent === null) return null;
  const status = review.consentWithdrawnAt
    ? 'inactive'
    : review.contactConsent
      ? 'active'
      : 'rejected';
  return {
    resourceType: 'Consent',
    id: review.id,
    status,
    scope: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'research' }],
    },
    category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0' }] }],
    patient: reference('Patient', review.patientId),
    ...(review.consentDiscussedAt ? { dateTime: instant(review.consentDiscussedAt) } : {}),
    policyRule: { text: 'Permission to be contacted by the research team about this trial' },
    provision: {
      type: review.contactConsent && !review.consentWithdrawnAt ? 'permit' : 'deny',
      ...(review.consentWithdrawnAt ? { period: { end: instant(review.consentWithdrawnAt) } } : {}),
      data: [{ meaning: 'related', reference: reference('ResearchStudy', review.trialId) }],
    },
  };
}
