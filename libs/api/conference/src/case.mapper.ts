import type { CancerCase } from './cancer-case.entity.js';
import type { CaseModel } from './models/case.model.js';

/** Needs the case loaded with its patient and submitting physician. */
export function toCaseModel(
  row: CancerCase,
  recommendation: CaseModel['recommendation'] = null,
): CaseModel {
  if (!row.patient || !row.submittedBy) throw new Error('case loaded without its relations');
  return {
    id: row.id,
    patient: {
      id: row.patient.id,
      mrn: row.patient.mrn,
      name: `${row.patient.givenName} ${row.patient.familyName}`,
      birthDate: row.patient.birthDate,
      sex: row.patient.sex,
    },
    submittedBy: {
      id: row.submittedBy.id,
      name: row.submittedBy.name,
      specialty: row.submittedBy.specialty,
    },
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
    recommendation,
  };
}
