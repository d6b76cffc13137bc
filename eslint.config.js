// ESLint flat config: JavaScript and TypeScript recommended rules, typescript-eslint
// for .ts/.mts, eslint-plugin-astro for components. Formatting is Prettier's job.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['dist/', 'dist-*/', '.test-dist*/', '.bench-dist/', '.astro/', '.lighthouse/', 'node_modules/', 'test-results/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_name` marks an argument a signature needs but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Code that runs in the reader's browser.
    files: ['src/scripts/**', 'public/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
