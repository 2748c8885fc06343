import type { Sex } from '@oneday/api-patients';
import type { CaseProgram, Specialty } from '@oneday/domain';
import type { Biomarkers, CaseStatus, CaseUrgency, Finding } from './cancer-case.entity.js';

export type {
  Biomarkers,
  BiomarkerValue,
  CaseStatus,
  CaseUrgency,
  Finding,
} from './cancer-case.entity.js';

/** A case as other features and the edge see it: plain data, never the table row. */
export interface CaseRecord {
  id: string;
  patientId: string;
  submittedById: string;
  program: CaseProgram;
  primarySite: string;
  histology: string;
  clinicalT: string | null;
  clinicalN: string | null;
  clinicalM: string | null;
  stageGroup: string | null;
  biomarkers: Biomarkers;
  ecog: number | null;
  priorTherapy: string[];
  treatmentStarted: boolean;
  question: string;
  findings: Finding[];
  urgency: CaseUrgency;
  status: CaseStatus;
  submittedAt: Date;
  patient: { id: string; mrn: string; name: string; birthDate: string; sex: Sex };
  submittedBy: { id: string; name: string; specialty: Specialty };
}

/** What a conference agenda shows and orders a case by. */
export interface AgendaCase {
  id: string;
  patientName: string;
  summary: string;
  urgency: CaseUrgency;
  submittedAt: Date;
  submittedById: string;
  treatmentStarted: boolean;
}
