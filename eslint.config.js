import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

export default ts.config(
  { ignores: ['dist/', '.ssr/', 'node_modules/', 'coverage/', 'bench/out/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    rules: {
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Production code (the page and the build scripts) never imports test code.
    files: ['src/**', 'scripts/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/tests/**'], message: 'Production code never imports tests/.' }],
        },
      ],
    },
  },
  {
    // The story's own markup is found by `data-part`/`data-*` or `bind:this`, never by class
    // name (a class is styling and may change with it).
    files: ['src/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.property.name=/^(closest|querySelector|querySelectorAll|matches)$/][arguments.0.value=/\\.[A-Za-z_]/]',
          message: 'Find our markup by data-part (or another data- attribute), not by class name.',
        },
        {
          selector:
            'CallExpression[callee.property.name=/^(closest|querySelector|querySelectorAll|matches)$/] > TemplateLiteral.arguments > TemplateElement[value.raw=/\\.[A-Za-z_]/]',
          message: 'Find our markup by data-part (or another data- attribute), not by class name.',
        },
        {
          selector: 'CallExpression[callee.property.name="getElementsByClassName"]',
          message: 'Find our markup by data-part (or another data- attribute), not by class name.',
        },
      ],
    },
  },
);
