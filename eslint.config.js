// @ts-check
import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { allowedImports } from './eslint-rules/allowed-imports.js';

/**
 * Layering is enforced here, not by convention, in two parts:
 * - LAYERS (below) is the allow-list of project folders: what each folder MAY import; anything
 *   else is refused (rule `layers/allowed-imports`, eslint-rules/allowed-imports.js).
 * - The lists after it say which packages each runtime may not use: core/ is pure (no Node,
 *   Electron, React or DOM); the renderer never reaches Node or Electron; io/ and cli/ never
 *   reach Electron; the preload only bridges.
 */
const CONTRACT = 'core/contract/';
const RENDERER = 'renderer/src/';
const features = readdirSync(new URL('renderer/src/features/', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * What each folder may import (its own folder is always listed first). `typesOnly`: allowed for
 * `import type` only. bench/, test/, scripts/ and the root config files may import anything.
 * @type {{ layer: string, files: string[], allow: string[], typesOnly?: string[] }[]}
 */
const LAYERS = [
  { layer: 'core/', files: ['core/**'], allow: ['core/'] },
  { layer: 'io/', files: ['io/**'], allow: ['io/', 'core/'] },
  {
    layer: 'electron/main/',
    files: ['electron/main/**'],
    allow: ['electron/main/', 'core/', 'io/'],
  },
  {
    layer: 'electron/preload/',
    files: ['electron/preload/**'],
    allow: ['electron/preload/', CONTRACT],
  },
  {
    layer: 'cli/',
    files: ['cli/**'],
    // The diagram page is loaded from out/cli at run time, never imported.
    allow: ['cli/', 'core/', 'io/', 'scripts/chromium-path.mjs'],
  },
  // The renderer: core, and the contract for its types. Inside it, lower folders never
  // import higher ones; app/ (the shell) and main.tsx compose the features.
  {
    layer: 'renderer app/',
    files: ['renderer/src/app/**', 'renderer/src'],
    allow: [RENDERER, 'core/'],
    typesOnly: [CONTRACT],
  },
  ...features.map((feature) => ({
    layer: `renderer feature ${feature}/`,
    files: [`renderer/src/features/${feature}/**`],
    allow: [
      `${RENDERER}features/${feature}/`,
      `${RENDERER}ui/`,
      `${RENDERER}state/`,
      `${RENDERER}diagrams/`,
      `${RENDERER}platform/`,
      'core/',
    ],
    typesOnly: [CONTRACT],
  })),
  {
    layer: 'renderer ui/',
    files: ['renderer/src/ui/**'],
    allow: [`${RENDERER}ui/`, `${RENDERER}state/`, 'core/'],
    typesOnly: [CONTRACT],
  },
  {
    layer: 'renderer state/',
    files: ['renderer/src/state/**'],
    allow: [`${RENDERER}state/`, `${RENDERER}platform/`, 'core/'],
    typesOnly: [CONTRACT],
  },
  {
    // Also bundled alone as the CLI's diagram page: Mermaid and core, nothing of the app.
    layer: 'renderer diagrams/',
    files: ['renderer/src/diagrams/**'],
    allow: [`${RENDERER}diagrams/`, 'core/'],
    typesOnly: [CONTRACT],
  },
  {
    layer: 'renderer platform/',
    files: ['renderer/src/platform/**'],
    allow: [`${RENDERER}platform/`, 'core/'],
    typesOnly: [CONTRACT],
  },
];
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
    // Small files named for what they hold, in every shipped folder; counted in raw lines,
    // blank lines and comments included.
    files: ['{core,io,electron,cli,renderer}/**/*.{ts,tsx}'],
    rules: {
      'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }],
      'max-lines-per-function': ['error', { max: 120, skipBlankLines: false, skipComments: false }],
    },
  },
  ...LAYERS.map(({ layer, files, allow, typesOnly }) => ({
    files: files.map((folder) => `${folder}/*.{ts,tsx,js,mjs}`),
    plugins: { layers: { rules: { 'allowed-imports': allowedImports } } },
    rules: { 'layers/allowed-imports': ['error', { layer, allow, typesOnly }] },
  })),
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...NO_NODE, ...NO_ELECTRON, ...NO_REACT, ...NO_STORAGE],
          patterns: nodePatterns,
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
          patterns: nodePatterns,
        },
      ],
    },
  },
  {
    files: ['io/**/*.ts', 'cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [...NO_ELECTRON, ...NO_REACT] }],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: NO_REACT }],
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
