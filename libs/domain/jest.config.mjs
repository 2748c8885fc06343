import preset from '../../jest.preset.mjs';

export default {
  ...preset,
  displayName: 'domain',
  rootDir: '../..',
  roots: ['<rootDir>/libs/domain'],
  testMatch: ['<rootDir>/libs/domain/src/**/*.spec.ts'],
};
