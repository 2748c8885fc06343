import preset from '../../../jest.preset.mjs';

export default {
  ...preset,
  displayName: 'api-auth',
  rootDir: '../../..',
  roots: ['<rootDir>/libs/api/auth'],
  testMatch: ['<rootDir>/libs/api/auth/src/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/libs/api/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/libs/api/testing/src/global-teardown.ts',
  testTimeout: 60000,
};
