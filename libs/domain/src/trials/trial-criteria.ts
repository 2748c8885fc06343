import type { CaseProgram } from '../clinic/specialty.js';
import type { Sex } from '../clinic/vocabulary.js';
import type { TrialPhase, TrialSex, TrialStatus } from './vocabulary.js';

/** Structured eligibility of a trial; every field is optional (absent = no such rule). */
export interface TrialCriteria {
  programs?: CaseProgram[];
  /** Words that must appear in the case's primary site, any of them (e.g. "breast"). */
  primarySites?: string[];
  /** Words that must appear in the histology, any of them (e.g. "ductal", "lobular"). */
  histologies?: string[];
  stageRange?: { min?: string; max?: string };
  /** Receptor and tumor markers, e.g. { name: 'HER2', equals: 'NEGATIVE' }. */
  biomarkers?: { name: string; equals: string }[];
  psaRange?: { min?: number; max?: number };
  gradeGroupRange?: { min?: number; max?: number };
  ecogMax?: number;
  priorTherapyRequired?: string[];
  priorTherapyExcluded?: string[];
  /** Gene and variant class the tumor or germline must carry, e.g. BRCA1 PATHOGENIC. */
  variants?: { gene: string; variantClass: string }[];
}

/** What the engine knows of a case (shaped after mCODE), with the date each value was seen. */
export interface CaseFacts {
  program: CaseProgram;
  primarySite: string;
  histology: string;
  stageGroup: string | null;
  /** Marker name -> value and the date it was measured. */
  biomarkers: Record<string, { value: string; observedOn: string }>;
  ecog: number | null;
  priorTherapy: string[];
  birthDate: string | null;
  sex: Sex;
}

export interface TrialFacts {
  id: string;
  nctId: string;
  title: string;
  phases: TrialPhase[];
  overallStatus: TrialStatus;
  internal: boolean;
  sex: TrialSex;
  minimumAgeYears: number | null;
  maximumAgeYears: number | null;
  criteria: TrialCriteria;
}
