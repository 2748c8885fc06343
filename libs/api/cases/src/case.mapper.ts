import type { CaseRecord } from './case-record.js';
import type { CaseModel } from './models/case.model.js';

export function toCaseModel(row: CaseRecord): CaseModel {
  return {
    id: row.id,
    patient: row.patient,
    submittedBy: row.submittedBy,
    program: row.program,
    primarySite: row.primarySite,
    histology: row.histology,
    clinicalT: row.clinicalT,
    clinicalN: row.clinicalN,
    clinicalM: row.clinicalM,
    stageGroup: row.stageGroup,
    biomarkers: Object.entries(row.biomarkers).map(([name, b]) => ({ name, ...b })),
    ecog: row.ecog,
    priorTherapy: row.priorTherapy,
    treatmentStarted: row.treatmentStarted,
    question: row.question,
    findings: row.findings.map((f) => ({
      kind: f.kind,
      name: f.name,
      value: f.value ?? null,
      unit: f.unit ?? null,
      observedOn: f.observedOn,
      text: f.text ?? null,
    })),
    urgency: row.urgency,
    status: row.status,
    submittedAt: row.submittedAt,
  };
}
