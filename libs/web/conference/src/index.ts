export * from './conference-page.js';
export * from './conferences-page.js';
export * from './metrics-page.js';
export * from './submit-case-page.js';
