import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, '..');

/**
 * The page the CLI draws SVG and PNG in: the renderer's own diagram code
 * (renderer/src/diagrams) with Mermaid, as one classic script beside the CLI bundle, so that it
 * loads under a `script-src 'self'` policy with no network and no module loader.
 * Built after the CLI (whose build empties out/cli): `npm run build` runs both.
 */
export default defineConfig({
  logLevel: 'warn',
  build: {
    outDir: resolve(root, 'out/cli'),
    emptyOutDir: false,
    target: 'chrome120',
    minify: true,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 8000,
    lib: {
      entry: resolve(root, 'renderer/src/diagrams/headless-page.ts'),
      formats: ['es'],
      // The name cli/diagram-render/page-api.ts looks for.
      fileName: () => 'diagram-page.js',
    },
    rolldownOptions: {
      output: { chunkFileNames: 'diagram-page/[name]-[hash].js' },
    },
  },
});
