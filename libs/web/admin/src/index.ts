export * from './audit-page.js';
export * from './users-page.js';
