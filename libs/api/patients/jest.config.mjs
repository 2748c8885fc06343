import preset from '../../../jest.preset.mjs';

export default {
  ...preset,
  displayName: 'api-patients',
  rootDir: '../../..',
  roots: ['<rootDir>/libs/api/patients'],
  testMatch: ['<rootDir>/libs/api/patients/src/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/libs/api/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/libs/api/testing/src/global-teardown.ts',
  testTimeout: 60000,
};
