export * from './trial-review.entity.js';
export * from './trial.entity.js';
export * from './trials.module.js';
export * from './trials.changes.js';
