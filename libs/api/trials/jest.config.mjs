import preset from '../../../jest.preset.mjs';

export default {
  ...preset,
  displayName: 'api-trials',
  rootDir: '../../..',
  roots: ['<rootDir>/libs/api/trials'],
  testMatch: ['<rootDir>/libs/api/trials/src/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/libs/api/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/libs/api/testing/src/global-teardown.ts',
  testTimeout: 60000,
};
