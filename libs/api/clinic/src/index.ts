export * from './clinic-day-record.js';
export * from './clinic-days.service.js';
export * from './clinic.changes.js';
export * from './clinic.module.js';
