export * from './labels.js';
export * from './options.js';
