/** The few FHIR R4 shapes the mappers share; the JSON schema test checks every emitted field. */
export interface FhirResource {
  resourceType: string;
  id?: string;
  [field: string]: unknown;
}

export interface Reference {
  reference?: string;
  display?: string;
}

export interface CodeableConcept {
  coding?: { system: string; code: string; display?: string }[];
  text?: string;
}

export const reference = (type: string, id: string, display?: string): Reference =>
  display ? { reference: `${type}/${id}`, display } : { reference: `${type}/${id}` };

/** OneDay's own code systems, for values no standard terminology covers here. */
export const ONEDAY_SYSTEM = {
  mrn: 'urn:oneday:mrn',
  specialty: 'urn:oneday:specialty',
  clinicStep: 'urn:oneday:clinic-step',
} as const;

/** FHIR instants: UTC with milliseconds, as the schema's pattern wants. */
export const instant = (at: Date): string => at.toISOString();

/** A FHIR `code`: no leading, trailing or doubled whitespace; null when nothing is left. */
export const fhirCode = (value: string | null): string | null =>
  value?.trim().replace(/\s+/g, ' ') || null;
