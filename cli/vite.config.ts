import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  version: string;
};

/** The CLI is one self-contained Node ESM file: every dependency is bundled into it. */
export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(version) },
  ssr: { noExternal: true },
  build: {
    ssr: resolve(root, 'cli/index.ts'),
    outDir: resolve(root, 'out/cli'),
    emptyOutDir: true,
    target: 'node20',
    rolldownOptions: { output: { entryFileNames: 'index.js', banner: '#!/usr/bin/env node' } },
  },
});
