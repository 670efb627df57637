import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from './electron/main/app-protocol/assets';

/** The page's CSP meta tag comes from the same constant as the app:// response header. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'studio-content-security-policy',
    transformIndexHtml: (html, context) =>
      html.replace(
        '%STUDIO_CSP%',
        // Only `npm run dev`: Vite's hot reload needs its inline preamble and a websocket.
        context.server
          ? META_CONTENT_SECURITY_POLICY.replace(
              "script-src 'self'",
              "script-src 'self' 'unsafe-inline'",
            ).replace("connect-src 'self'", "connect-src 'self' ws:")
          : META_CONTENT_SECURITY_POLICY,
      ),
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load ES modules or node_modules: one CommonJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    plugins: [react(), contentSecurityPolicy()],
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'renderer/index.html') } },
    },
  },
});
