export * from './patient-access.repository.js';
export * from './patient.entity.js';
export * from './patients.module.js';
export * from './patients.service.js';
export * from './patients.changes.js';
