// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Import boundaries of DESIGN.md §4, as forbidden import patterns per folder. */
const forbid = (...groups) => ({
  'no-restricted-imports': ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', '.migrations-check/**', 'src/adapters/db/migrations/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Only src/config reads process.env: take a Config instead.' }],
    },
  },
  {
    files: ['src/config/**', 'test/**', 'bench/**', 'src/**/*.test.ts', '*.config.ts', '*.config.js'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['src/core/**'],
    rules: forbid([['**/app/**', '../app/*', '**/adapters/**', '**/http/**', '**/web/**', '**/config/**', '**/i18n/**', '**/main', '**/compose'], 'core imports nothing outside core.']),
  },
  {
    files: ['src/app/**'],
    rules: forbid([['**/adapters/**', '**/adapters', '**/http/**', '**/web/**', '**/main', '**/compose'], 'app never imports adapters or http.']),
  },
  {
    files: ['src/http/**'],
    rules: forbid([['**/adapters/**', '**/web/**', 'drizzle-orm', 'drizzle-orm/*', 'pg', '@electric-sql/*'], 'http knows no SQL: go through a use case.']),
  },
  {
    files: ['src/web/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: forbid([['**/app/**', '**/adapters/**', '**/http/**', '**/config/**', 'node:*', 'drizzle-orm', 'pg'], 'the web app talks to the API only.']),
  },
);
