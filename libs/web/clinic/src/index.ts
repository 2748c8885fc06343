export * from './board-page.js';
export * from './book-clinic-day-page.js';
