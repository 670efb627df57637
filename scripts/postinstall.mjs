// Electron's own postinstall is switched off (package.json "allowScripts"), because it fails
// the whole install where GitHub cannot be reached. We run the same download here and turn a
// failure into one clear paragraph: tests, build and CLI do not need the binary.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { ELECTRON_MISSING_MESSAGE, electronBinaryPath } from './electron-binary.mjs';

const require = createRequire(import.meta.url);

if (electronBinaryPath()) process.exit(0);
if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  console.log('Electron binary download skipped (ELECTRON_SKIP_BINARY_DOWNLOAD is set).');
  process.exit(0);
}

let installer;
try {
  installer = require.resolve('electron/install.js');
} catch {
  process.exit(0); // electron not installed at all (e.g. `npm ci --omit=dev`)
}

const result = spawnSync(process.execPath, [installer], {
  encoding: 'utf8',
  timeout: 5 * 60_000,
  stdio: ['ignore', 'pipe', 'pipe'],
});
if (result.status === 0 && electronBinaryPath()) {
  console.log('Electron binary installed.');
} else {
  const reason = (result.stderr || result.error?.message || '').split('\n').find((l) => l.trim());
  console.warn(
    `\n${ELECTRON_MISSING_MESSAGE}\n${reason ? `(The download said: ${reason.trim()})\n` : ''}`,
  );
}
process.exit(0);
