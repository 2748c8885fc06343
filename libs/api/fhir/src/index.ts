export * from './fhir.module.js';
