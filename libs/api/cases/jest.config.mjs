import preset from '../../../jest.preset.mjs';

export default {
  ...preset,
  displayName: 'api-cases',
  rootDir: '../../..',
  roots: ['<rootDir>/libs/api/cases'],
  testMatch: ['<rootDir>/libs/api/cases/src/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/libs/api/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/libs/api/testing/src/global-teardown.ts',
  testTimeout: 60000,
};
