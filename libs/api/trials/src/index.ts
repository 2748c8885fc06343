export * from './trials.changes.js';
export * from './trials.module.js';
