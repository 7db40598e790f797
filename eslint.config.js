// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-base/',
      'dist-base.*/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench-results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The pure layers must stay free of Phaser and the DOM (DESIGN.md, "Layers").
    files: ['src/story/**', 'src/reflection/**', 'src/help/**'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['phaser', 'howler', 'idb-keyval', '../ui/*', '../stage/*', '../audio/*', '../app/*'] },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'navigator', 'localStorage', 'indexedDB'],
    },
  },
);
