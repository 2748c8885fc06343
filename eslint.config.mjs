import comments from '@eslint-community/eslint-plugin-eslint-comments/configs';
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const NO_ONLY = {
  selector:
    "CallExpression[callee.object.name=/^(it|describe|test)$/][callee.property.name='only']",
  message: 'No .only in committed tests.',
};
const FROZEN_MIGRATION =
  'A migration is a frozen copy: it imports typeorm and nothing else (copy data into it as literals).';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'libs/shared-types/src/gql/**',
      '.data/**',
      '.nx/**',
      'tmp/**',
      'bench-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  comments.recommended,
  {
    plugins: { 'import-x': importX },
    rules: {
      eqeqeq: ['error', 'smart'],
      curly: ['error', 'multi-line'],
      // An eslint-disable says why on the same line (`-- reason`).
      '@eslint-community/eslint-comments/require-description': 'error',
      '@eslint-community/eslint-comments/disable-enable-pair': ['error', { allowWholeFile: true }],
      'import-x/order': [
        'error',
        {
          groups: [
            ['builtin', 'external', 'internal'],
            ['parent', 'sibling', 'index'],
          ],
          alphabetize: { order: 'asc', caseInsensitive: true },
          'newlines-between': 'never',
        },
      ],
    },
  },
  {
    plugins: { '@nx': nx },
    rules: {
      // The arrow of dependency runs one way: apps -> features -> utilities -> domain.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain'],
              bannedExternalImports: [
                '@nestjs/*',
                'typeorm',
                'pg',
                'react',
                'react-dom',
                '@apollo/*',
                'express',
              ],
            },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:domain'] },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: ['type:feature', 'type:util', 'type:domain'],
            },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:feature', 'type:util', 'type:domain'],
            },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['apps/web/vite.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // Type-only imports are marked; classes Nest injects keep a value import (decorator metadata).
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': ['error', NO_ONLY],
    },
  },
  {
    // A committed migration never changes: live code it imported could change what it does.
    files: ['libs/api/database/src/migrations/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!typeorm$)', message: FROZEN_MIGRATION }] },
      ],
      'no-restricted-syntax': [
        'error',
        NO_ONLY,
        { selector: 'ImportExpression', message: FROZEN_MIGRATION },
        { selector: "CallExpression[callee.name='require']", message: FROZEN_MIGRATION },
      ],
    },
  },
  {
    // A feature's tables are its own: no file imports another feature's entity.
    files: ['libs/api/**/*.ts', 'apps/api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/*.entity', '**/*.entity.js', '!./*.entity.js', '!../*.entity.js'],
              message: 'Entities are private to their feature: ask the owner through its service.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/web/**/*.tsx', 'apps/web/**/*.tsx', 'libs/web/**/*.ts', 'apps/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: globals.node },
    // Tool and test-runner configuration, not project code.
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  prettier,
);
