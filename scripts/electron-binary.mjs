import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const ELECTRON_MISSING_MESSAGE = [
  'Electron’s binary is not installed: it is downloaded from GitHub when `npm install` runs,',
  'and that download was not possible on this machine. Everything else works without it:',
  '`npm test` (unit, component and E2E tests in Chromium), `npm run build` and the command line',
  '(`npx transition-studio`). To run the desktop app, retry the download when online with',
  '`npm run electron:fetch`, then `npm start`.',
].join('\n');

/** The Electron executable, or undefined when its download never happened. */
export function electronBinaryPath() {
  let packageDir;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return undefined;
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const executable = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : undefined;
}
