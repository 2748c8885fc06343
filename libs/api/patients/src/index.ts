export * from './patient-record.js';
export * from './patients.changes.js';
export * from './patients.module.js';
export * from './patients.service.js';
