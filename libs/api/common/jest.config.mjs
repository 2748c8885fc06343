import preset from '../../../jest.preset.mjs';

export default {
  ...preset,
  displayName: 'api-common',
  rootDir: '../../..',
  roots: ['<rootDir>/libs/api/common'],
  testMatch: ['<rootDir>/libs/api/common/src/**/*.spec.ts'],
};
