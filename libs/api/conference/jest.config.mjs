import preset from '../../../jest.preset.mjs';

export default {
  ...preset,
  displayName: 'api-conference',
  rootDir: '../../..',
  roots: ['<rootDir>/libs/api/conference'],
  testMatch: ['<rootDir>/libs/api/conference/src/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/libs/api/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/libs/api/testing/src/global-teardown.ts',
  testTimeout: 60000,
};
