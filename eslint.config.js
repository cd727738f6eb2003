// Lint keeps the layer boundaries of DESIGN.md: the engine is pure and deterministic, and it
// imports nothing from the page, the worker or React.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const timeAndChance = [
  { name: 'Date', message: 'The engine uses its simulated clock (SimClock), never the real date.' },
  { name: 'setTimeout', message: 'The engine schedules on its SimClock, never on real timers.' },
  { name: 'setInterval', message: 'The engine schedules on its SimClock, never on real timers.' },
  { name: 'clearTimeout', message: 'The engine schedules on its SimClock, never on real timers.' },
  { name: 'clearInterval', message: 'The engine schedules on its SimClock, never on real timers.' },
  { name: 'performance', message: 'The engine may not read real time.' },
  { name: 'requestAnimationFrame', message: 'The engine may not read real time.' },
  { name: 'queueMicrotask', message: 'The engine runs synchronously on its SimClock.' },
  { name: 'window', message: 'The engine has no DOM.' },
  { name: 'document', message: 'The engine has no DOM.' },
  { name: 'self', message: 'The engine does not know it runs in a Worker.' },
  { name: 'crypto', message: 'The engine draws chance only from its seeded Rand.' },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/state/**/*.{ts,tsx}', 'src/main.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...timeAndChance],
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'The engine draws chance only from its seeded Rand.',
        },
        { object: 'Date', property: 'now', message: 'The engine uses its simulated clock.' },
        { object: 'performance', property: 'now', message: 'The engine may not read real time.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date']",
          message: 'The engine uses its simulated clock.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/worker/**',
                '**/state/**',
                '**/ui/**',
                '**/widget/**',
                '**/lessons/**',
                '../../worker*',
                '../../ui*',
                '../../state*',
              ],
              message: 'src/engine imports nothing outside src/engine (DESIGN.md layers).',
            },
            {
              group: [
                'react',
                'react-dom',
                'react/*',
                'zustand',
                'zustand/*',
                'd3',
                'd3-*',
                'monaco-editor',
                'monaco-editor/*',
              ],
              message: 'The engine is pure TypeScript: no UI libraries.',
            },
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process'],
              message: 'The engine runs unchanged in a Worker: no Node built-ins.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/worker/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/ui/**', '**/state/**', 'react', 'react-dom', 'zustand'],
              message: 'The worker is a thin bridge over the engine: no UI.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/state/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/ui/**'], message: 'state/ may not import the UI.' }],
        },
      ],
    },
  },
);
