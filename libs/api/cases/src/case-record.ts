import type { CaseProgram, CaseStatus, Sex, Specialty, Urgency } from '@oneday/domain';
import type { Biomarkers, Finding } from './cancer-case.entity.js';

export type { Biomarkers, BiomarkerValue, Finding } from './cancer-case.entity.js';

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
  urgency: Urgency;
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
  urgency: Urgency;
  submittedAt: Date;
  submittedById: string;
  treatmentStarted: boolean;
}
