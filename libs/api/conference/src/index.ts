export * from './conference.changes.js';
export * from './conference.module.js';
