import type { Sex } from '../clinic/vocabulary.js';
import { ONEDAY_SYSTEM, type FhirResource } from './fhir-types.js';

export interface PatientRecord {
  id: string;
  mrn: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  sex: Sex;
  language: string;
  phone: string | null;
  email: string | null;
}

const GENDER = { FEMALE: 'female', MALE: 'male', OTHER: 'other', UNKNOWN: 'unknown' } as const;

export function toFhirPatient(patient: PatientRecord): FhirResource {
  const telecom = [
    ...(patient.phone ? [{ system: 'phone', value: patient.phone }] : []),
    ...(patient.email ? [{ system: 'email', value: patient.email }] : []),
  ];
  return {
    resourceType: 'Patient',
    id: patient.id,
    identifier: [{ use: 'usual', system: ONEDAY_SYSTEM.mrn, value: patient.mrn }],
    active: true,
    name: [{ use: 'official', family: patient.familyName, given: [patient.givenName] }],
    ...(telecom.length ? { telecom } : {}),
    gender: GENDER[patient.sex],
    birthDate: patient.birthDate,
    communication: [
      {
        language: { coding: [{ system: 'urn:ietf:bcp:47', code: patient.language }] },
        preferred: true,
      },
    ],
  };
}

/** What OneDay registers from a FHIR Patient (an HL7 example, another system's export). */
export function patientFromFhir(resource: FhirResource): Omit<PatientRecord, 'id' | 'mrn'> {
  const names = (resource['name'] ?? []) as { use?: string; family?: string; given?: string[] }[];
  const name = names.find((n) => n.use === 'official') ?? names[0] ?? {};
  const gender = String(resource['gender'] ?? 'unknown');
  const telecom = (resource['telecom'] ?? []) as { system?: string; value?: string }[];
  const communication = (resource['communication'] ?? []) as {
    language?: { coding?: { code?: string }[] };
    preferred?: boolean;
  }[];
  const language =
    (communication.find((c) => c.preferred) ?? communication[0])?.language?.coding?.[0]?.code ??
    'en';
  return {
    givenName: name.given?.[0] ?? '',
    familyName: name.family ?? '',
    birthDate: String(resource['birthDate'] ?? ''),
    sex:
      ({ female: 'FEMALE', male: 'MALE', other: 'OTHER' } as Record<string, PatientRecord['sex']>)[
        gender
      ] ?? 'UNKNOWN',
    language,
    phone: telecom.find((t) => t.system === 'phone')?.value ?? null,
    email: telecom.find((t) => t.system === 'email')?.value ?? null,
  };
}
