import preset from '../../jest.preset.mjs';

export default {
  ...preset,
  displayName: 'api-e2e',
  rootDir: '../..',
  roots: ['<rootDir>/apps/api-e2e'],
  testMatch: ['<rootDir>/apps/api-e2e/src/**/*.e2e.ts'],
  // Each file runs its own PostgreSQL and api processes; one at a time keeps the 2 cores honest.
  maxWorkers: 1,
  testTimeout: 180000,
};
