import preset from '../../../jest.preset.mjs';

export default {
  ...preset,
  displayName: 'api-specialists',
  rootDir: '../../..',
  roots: ['<rootDir>/libs/api/specialists'],
  testMatch: ['<rootDir>/libs/api/specialists/src/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/libs/api/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/libs/api/testing/src/global-teardown.ts',
  testTimeout: 60000,
};
