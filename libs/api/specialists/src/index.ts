export * from './specialists.module.js';
export * from './staff-directory.service.js';
export * from './staff-records.js';
