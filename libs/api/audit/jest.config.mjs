import preset from '../../../jest.preset.mjs';

export default {
  ...preset,
  displayName: 'api-audit',
  rootDir: '../../..',
  roots: ['<rootDir>/libs/api/audit'],
  testMatch: ['<rootDir>/libs/api/audit/src/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/libs/api/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/libs/api/testing/src/global-teardown.ts',
  testTimeout: 60000,
};
