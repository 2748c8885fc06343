import preset from '../../../jest.preset.mjs';

export default {
  ...preset,
  displayName: 'api-clinic',
  rootDir: '../../..',
  roots: ['<rootDir>/libs/api/clinic'],
  testMatch: ['<rootDir>/libs/api/clinic/src/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/libs/api/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/libs/api/testing/src/global-teardown.ts',
  testTimeout: 60000,
};
