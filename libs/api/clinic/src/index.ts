export * from './clinic-day.entity.js';
export * from './visit.entity.js';
