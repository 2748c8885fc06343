import {
  fhirCode,
  instant,
  reference,
  type CodeableConcept,
  type FhirResource,
} from './fhir-types.js';

export interface CaseRecord {
  id: string;
  patientId: string;
  primarySite: string;
  histology: string;
  clinicalT: string | null;
  clinicalN: string | null;
  clinicalM: string | null;
  stageGroup: string | null;
  biomarkers: Record<string, { value: string; observedOn: string }>;
  submittedAt: Date;
}

const MCODE = 'http://hl7.org/fhir/us/mcode/StructureDefinition';
const LOINC = 'http://loinc.org';

/** LOINC codes of the markers the programs use; other markers go out by name only. */
const MARKER_LOINC: Record<string, { code: string; display: string }> = {
  ER: { code: '16112-5', display: 'Estrogen receptor [Interpretation] in Tissue' },
  PR: { code: '16113-3', display: 'Progesterone receptor [Interpretation] in Tissue' },
  HER2: { code: '48676-1', display: 'HER2 [Interpretation] in Tissue' },
  PSA: { code: '2857-1', display: 'Prostate specific Ag [Mass/volume] in Serum or Plasma' },
};

/** Clinical T, N and M category codes (mCODE TNM clinical category profiles). */
const TNM = [
  {
    key: 'clinicalT',
    id: 'tnm-t',
    code: '21905-5',
    profile: 'mcode-tnm-clinical-primary-tumor-category',
  },
  {
    key: 'clinicalN',
    id: 'tnm-n',
    code: '21906-3',
    profile: 'mcode-tnm-clinical-regional-nodes-category',
  },
  {
    key: 'clinicalM',
    id: 'tnm-m',
    code: '21907-1',
    profile: 'mcode-tnm-clinical-distant-metastases-category',
  },
] as const;

const markerId = (name: string) => `marker-${name.replace(/[^A-Za-z0-9]/g, '-').slice(0, 50)}`;

function observation(
  id: string,
  profile: string,
  code: CodeableConcept,
  value: string,
  patientId: string,
  effective: string,
  category: string,
): FhirResource {
  return {
    resourceType: 'Observation',
    id,
    meta: { profile: [`${MCODE}/${profile}`] },
    status: 'final',
    category: [
      {
        coding: [
          { system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: category },
        ],
      },
    ],
    code,
    subject: reference('Patient', patientId),
    effectiveDateTime: effective,
    valueCodeableConcept: { text: value },
  };
}

/**
 * A case as an mCODE primary cancer condition: clinical stage group with its T, N and M
 * categories, and the tumor markers as evidence (contained Observations, so one read carries all).
 */
export function toFhirCondition(cancerCase: CaseRecord): FhirResource {
  const recorded = instant(cancerCase.submittedAt);
  const tnm = TNM.filter((t) => cancerCase[t.key]).map((t) =>
    observation(
      t.id,
      t.profile,
      { coding: [{ system: LOINC, code: t.code }] },
      cancerCase[t.key] as string,
      cancerCase.patientId,
      recorded,
      'survey',
    ),
  );
  const markers = Object.entries(cancerCase.biomarkers).map(([name, found]) => {
    const loinc = MARKER_LOINC[name.toUpperCase()];
    return observation(
      markerId(name),
      'mcode-tumor-marker',
      loinc ? { coding: [{ system: LOINC, ...loinc }], text: name } : { text: name },
      found.value,
      cancerCase.patientId,
      found.observedOn,
      'laboratory',
    );
  });
  const stageGroup = fhirCode(cancerCase.stageGroup);
  const stage = stageGroup
    ? [
        {
          summary: {
            coding: [{ system: 'http://cancerstaging.org', code: stageGroup }],
            text: `Stage ${stageGroup}`,
          },
          ...(tnm.length ? { assessment: tnm.map((o) => ({ reference: `#${o.id}` })) } : {}),
          type: {
            coding: [{ system: LOINC, code: '21908-9', display: 'Stage group.clinical Cancer' }],
          },
        },
      ]
    : [];
  return {
    resourceType: 'Condition',
    id: cancerCase.id,
    meta: { profile: [`${MCODE}/mcode-primary-cancer-condition`] },
    ...(tnm.length || markers.length ? { contained: [...tnm, ...markers] } : {}),
    extension: [
      {
        url: `${MCODE}/mcode-histology-morphology-behavior`,
        valueCodeableConcept: { text: cancerCase.histology },
      },
    ],
    clinicalStatus: {
      coding: [
        { system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' },
      ],
    },
    verificationStatus: {
      coding: [
        { system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'confirmed' },
      ],
    },
    category: [
      { coding: [{ system: 'http://snomed.info/sct', code: '64572001', display: 'Disease' }] },
    ],
    code: { text: `${cancerCase.histology}, ${cancerCase.primarySite}` },
    bodySite: [{ text: cancerCase.primarySite }],
    subject: reference('Patient', cancerCase.patientId),
    recordedDate: recorded,
    ...(stage.length ? { stage } : {}),
    ...(markers.length
      ? { evidence: [{ detail: markers.map((o) => ({ reference: `#${o.id}` })) }] }
      : {}),
  };
}
