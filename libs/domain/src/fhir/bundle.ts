import type { FhirResource } from './fhir-types.js';

/** A collection (an export) or a searchset (a search's answer), with absolute full URLs. */
export function toFhirBundle(
  type: 'collection' | 'searchset',
  base: string,
  resources: FhirResource[],
  timestamp = new Date(),
): FhirResource {
  return {
    resourceType: 'Bundle',
    type,
    timestamp: timestamp.toISOString(),
    ...(type === 'searchset' ? { total: resources.length } : {}),
    entry: resources.map((resource) => ({
      fullUrl: `${base}/${resource.resourceType}/${resource.id}`,
      resource,
      ...(type === 'searchset' ? { search: { mode: 'match' } } : {}),
    })),
  };
}

/** The errors of the FHIR endpoints, as FHIR says them. */
export function toOperationOutcome(
  code: 'not-found' | 'forbidden' | 'login' | 'invalid' | 'exception' | 'transient',
  diagnostics: string,
): FhirResource {
  return {
    resourceType: 'OperationOutcome',
    issue: [{ severity: 'error', code, diagnostics }],
  };
}
