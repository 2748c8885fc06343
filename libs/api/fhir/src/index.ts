export * from './fhir-errors.filter.js';
export { FHIR_JSON, fhirBase, fhirId } from './fhir-http.js';
export * from './fhir.module.js';
