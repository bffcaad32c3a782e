// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/**
 * DESIGN.md's import boundaries, as rules so they cannot rot:
 * shared imports only zod and itself; core never imports electron, the renderer or the transports;
 * the renderer never imports Node built-ins or electron/*; the preload imports only electron,
 * shared and main's channel names; main and the web host wire the core to a transport, each its
 * own, and neither imports the renderer or the other.
 */
const boundaries = [
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod(/|$)|@shared/|\\.{1,2}/).*',
              message: 'shared/ may import only zod and itself.',
            },
            {
              regex: '(^|/)(electron|renderer)(/|$)',
              message: 'shared/ may import only zod and itself.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The core runs in plain Node: never import electron.' }],
          patterns: [
            { regex: '^electron/', message: 'The core runs in plain Node: never import electron.' },
            { regex: '(^|/)renderer(/|$)', message: 'The core never imports the renderer.' },
            {
              regex: '^\\.\\./(\\.\\./)*(main|preload|web)(/|$)',
              message: 'Only electron/main and electron/web wire the core to a transport.',
            },
            { regex: '^react', message: 'The core never imports the renderer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeBuiltins.map((name) => ({ name, message: 'The renderer runs in a sandbox: no Node built-ins.' })),
            { name: 'electron', message: 'The renderer talks to the app only through window.trygg.' },
          ],
          patterns: [
            { regex: '^node:', message: 'The renderer runs in a sandbox: no Node built-ins.' },
            { regex: '(^|/)electron/', message: 'The renderer reaches the core only through the API client.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          // Node built-ins included: a sandboxed preload has none.
          patterns: [
            {
              regex: '^(?!electron$|@shared/|\\./|\\.\\./main/ipc-channel$).*',
              message: "The preload imports only electron, shared/ and main's channel names (ipc-channel).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)renderer(/|$)', message: 'Main never imports the renderer: it loads it.' },
            {
              regex: '^\\.\\./(web|preload)(/|$)',
              message: 'Main wires the core to IPC; the web host and the preload are separate programs.',
            },
            { regex: '^react', message: 'Main never imports the renderer: it loads it.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/web/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The web host runs in plain Node, where Electron cannot.' }],
          patterns: [
            { regex: '^electron/', message: 'The web host runs in plain Node, where Electron cannot.' },
            { regex: '(^|/)renderer(/|$)', message: 'The web host serves the built renderer; it never imports it.' },
            {
              regex: '^\\.\\./(main|preload)(/|$)',
              message: 'The web host wires the core to HTTP; main and the preload belong to the app.',
            },
            { regex: '^react', message: 'The web host serves the built renderer; it never imports it.' },
          ],
        },
      ],
    },
  },
];

/**
 * Promises are never dropped or passed where a plain function is expected: a rejected save
 * that nobody awaits is a note lost without a word. These rules need type information.
 */
const promiseRules = {
  files: ['**/*.{ts,tsx}'],
  languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  rules: {
    '@typescript-eslint/no-floating-promises': 'error',
    '@typescript-eslint/no-misused-promises': 'error',
  },
};

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.electron-native/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...boundaries,
  promiseRules,
);
