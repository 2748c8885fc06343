export * from './my-day-page.js';
