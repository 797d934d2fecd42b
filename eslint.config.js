// Lint: ESLint's recommended rules, typescript-eslint's type-checked rules for every TypeScript and
// JavaScript module, and eslint-plugin-astro for components and pages. Formatting is Prettier's job.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const unusedVars = ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }];

export default defineConfig(
  {
    ignores: ['dist/', '.astro/', 'node_modules/', 'tests/.tmp/', 'bench/.tmp/', '.dist-*/', 'tests/fixtures/', 'public/'],
  },
  { languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  js.configs.recommended,
  // Sanitisers, format writers and their tests match control characters on purpose.
  { rules: { 'no-control-regex': 'off' } },
  {
    files: ['**/*.{ts,mts}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: { '@typescript-eslint/no-unused-vars': unusedVars },
  },
  // Plain JavaScript modules carry no types to check; they get the rules that need none.
  {
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.recommended],
    rules: { '@typescript-eslint/no-unused-vars': unusedVars },
  },
  // Tests inspect parsed JSON, HTML and CMS state whose shape is the thing under test, and feed
  // deliberately ill-typed input; the assertion is the check, so `any` there is not flagged.
  {
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/*.astro'],
    extends: [tseslint.configs.recommended, astro.configs.recommended],
    rules: { '@typescript-eslint/no-unused-vars': unusedVars },
  },
);
