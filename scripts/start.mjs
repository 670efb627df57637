// `npm start`: build, then launch Electron on the built app — or explain why it cannot start.
import { spawnSync } from 'node:child_process';
import { ELECTRON_MISSING_MESSAGE, electronBinaryPath } from './electron-binary.mjs';

const binary = electronBinaryPath();
if (!binary) {
  console.error(`\nTransition Studio cannot start here.\n${ELECTRON_MISSING_MESSAGE}\n`);
  process.exit(1);
}
const mode = process.argv[2] === 'dev' ? 'dev' : 'preview';
const result = spawnSync('npx', ['electron-vite', mode], { stdio: 'inherit' });
process.exit(result.status ?? 1);
