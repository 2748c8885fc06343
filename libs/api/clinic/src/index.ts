export * from './clinic-day.entity.js';
export * from './visit.entity.js';
export * from './clinic-days.service.js';
export * from './clinic.module.js';
export * from './program-template.entity.js';
export * from './schedule-events.service.js';
export * from './clinic.changes.js';
