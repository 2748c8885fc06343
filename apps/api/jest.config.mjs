import preset from '../../jest.preset.mjs';

export default {
  ...preset,
  displayName: 'api',
  rootDir: '../..',
  roots: ['<rootDir>/apps/api'],
  testMatch: ['<rootDir>/apps/api/**/*.spec.ts', '<rootDir>/apps/api/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/apps/api/test/global-setup.ts',
  globalTeardown: '<rootDir>/apps/api/test/global-teardown.ts',
  testTimeout: 60000,
};
