import preset from '../../jest.preset.mjs';

export default {
  ...preset,
  displayName: 'web-e2e',
  rootDir: '../..',
  roots: ['<rootDir>/apps/web-e2e'],
  testMatch: ['<rootDir>/apps/web-e2e/src/**/*.e2e.ts'],
  globalSetup: '<rootDir>/apps/web-e2e/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/apps/web-e2e/src/support/global-teardown.ts',
  // One product server for the run; journeys run one file at a time against it.
  maxWorkers: 1,
  testTimeout: 60000,
};
