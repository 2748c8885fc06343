export * from './patients-page.js';
