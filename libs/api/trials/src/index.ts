export * from './trials.changes.js';
export * from './trials.module.js';
export * from './trials.service.js';
