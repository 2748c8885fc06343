export * from './data-source-options.js';
export * from './embedded-database.js';
export * from './snake-naming-strategy.js';
export * from './migrate.js';
export * from './query-metrics.js';
