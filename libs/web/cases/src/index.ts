export * from './case-page.js';
export * from './cases-page.js';
