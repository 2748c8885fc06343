import preset from '../../jest.preset.mjs';

export default {
  ...preset,
  displayName: 'api',
  rootDir: '../..',
  roots: ['<rootDir>/apps/api'],
  testMatch: ['<rootDir>/apps/api/**/*.spec.ts', '<rootDir>/apps/api/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/libs/api/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/libs/api/testing/src/global-teardown.ts',
  testTimeout: 60000,
};
