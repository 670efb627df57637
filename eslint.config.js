// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Layering is enforced here, not by convention: each folder may import only what its runtime
 * has. core/ is pure (no Node, Electron, React or DOM); the renderer never reaches Node or
 * Electron; io/ and cli/ never reach Electron; the preload only bridges.
 */
const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`), 'node:*'];

const nodePatterns = [{ group: ['node:*'], message: 'This layer must not use Node built-ins.' }];

/** @param {string[]} names @param {string} message */
const forbid = (names, message) => names.map((name) => ({ name, message }));

const NO_NODE = forbid(nodeBuiltins, 'This layer must not use Node built-ins.');
const NO_ELECTRON = forbid(['electron'], 'This layer must not import Electron.');
const NO_REACT = forbid(
  [
    'react',
    'react-dom',
    'react-dom/client',
    'react/jsx-runtime',
    '@mantine/core',
    '@mantine/hooks',
    '@mantine/notifications',
    'zustand',
    'mermaid',
  ],
  'This layer must not import UI or DOM libraries.',
);
const NO_STORAGE = forbid(['lowdb', 'lowdb/node', 'steno'], 'Storage lives in io/, behind main.');

/** @param {string[]} folders */
const noFolders = (folders) =>
  folders.map((folder) => ({
    group: [`**/${folder}/**`, `**/${folder}`],
    message: `This layer must not import from ${folder}/.`,
  }));

const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'location',
  'HTMLElement',
  'fetch',
  'XMLHttpRequest',
  'process',
  'Buffer',
  'require',
  '__dirname',
].map((name) => ({ name, message: 'core/ is pure: no DOM, Node or network globals.' }));

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'coverage/**',
      'build/**/*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.node.json', './tsconfig.web.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'test/component/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...NO_NODE, ...NO_ELECTRON, ...NO_REACT, ...NO_STORAGE],
          patterns: [...nodePatterns, ...noFolders(['electron', 'renderer', 'cli', 'io', 'test'])],
        },
      ],
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...NO_NODE, ...NO_ELECTRON, ...NO_STORAGE],
          patterns: [...nodePatterns, ...noFolders(['electron', 'cli', 'io'])],
        },
      ],
    },
  },
  {
    files: ['io/**/*.ts', 'cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...NO_ELECTRON, ...NO_REACT],
          patterns: noFolders(['electron', 'renderer']),
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: NO_REACT, patterns: noFolders(['renderer', 'cli', 'preload']) },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...NO_NODE,
            ...NO_REACT,
            ...NO_STORAGE,
            ...forbid(['zod'], 'The preload stays tiny: channel names only.'),
          ],
          patterns: [
            ...nodePatterns,
            ...noFolders(['renderer', 'cli', 'io', 'main']),
            {
              group: ['**/core/contract/ipc/contract'],
              message: 'The preload imports channel names, not schemas.',
            },
          ],
        },
      ],
    },
  },
);
