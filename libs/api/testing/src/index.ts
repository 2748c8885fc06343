export * from './feature-testing-module.js';
export * from './factories.js';
export * from './errors.js';
