import { chmodSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  version: string;
};

/** `npx transition-studio` runs the bin file itself inside this checkout: it must be executable. */
function executableEntry(): Plugin {
  return {
    name: 'executable-entry',
    writeBundle(options) {
      if (options.dir) chmodSync(join(options.dir, 'index.js'), 0o755);
    },
  };
}

/**
 * The CLI is self-contained Node ESM: index.js and the chunks it loads per command (out/cli),
 * every dependency bundled into them, except
 * playwright-core, which `diagram --format svg|png` loads on demand to drive Chromium (it reads
 * its own package files at run time, so it cannot be bundled).
 */
export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(version) },
  plugins: [executableEntry()],
  ssr: { noExternal: true, external: ['playwright-core'] },
  build: {
    ssr: resolve(root, 'cli/index.ts'),
    outDir: resolve(root, 'out/cli'),
    emptyOutDir: true,
    target: 'node20',
    rolldownOptions: {
      output: {
        entryFileNames: 'index.js',
        // Beside index.js: the diagram renderer finds its page script next to its own file.
        chunkFileNames: 'cli-[name]-[hash].js',
        banner: '#!/usr/bin/env node',
      },
    },
  },
});
