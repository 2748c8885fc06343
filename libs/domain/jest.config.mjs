import preset from '../../jest.preset.mjs';

export default { ...preset, displayName: 'domain', rootDir: '.', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
