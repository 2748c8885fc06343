export * from './case-trials-page.js';
export * from './trials-page.js';
