// The README's `npm test`: unit and component tests, a build, then E2E tests in Chromium.
//   node scripts/run-tests.mjs            everything (E2E skipped loudly without a browser,
//                                         except under CI=true, where that fails the run)
//   node scripts/run-tests.mjs unit       unit + component only
//   node scripts/run-tests.mjs e2e        build + E2E only (fails without a browser)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_INSTALL_HINT, findChromium } from './chromium-path.mjs';
import { electronBinaryPath } from './electron-binary.mjs';

const mode = process.argv[2] ?? 'all';
if (!['all', 'unit', 'e2e'].includes(mode)) {
  console.error(`Unknown mode "${mode}": use all, unit or e2e.`);
  process.exit(2);
}
const ci = process.env.CI === 'true' || process.env.CI === '1';
const resultsDir = 'test-results';
mkdirSync(resultsDir, { recursive: true });

const tally = { passed: 0, failed: 0, skipped: 0 };
const notes = [];
let failed = false;

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function vitest(label, args) {
  const report = join(resultsDir, `${label}.json`);
  rmSync(report, { force: true });
  const ok = run('npx', [
    'vitest',
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    tally.passed += json.numPassedTests;
    tally.failed += json.numFailedTests;
    tally.skipped += json.numPendingTests + json.numTodoTests;
    if (!ok && json.numFailedTests === 0)
      notes.push(`${label}: vitest failed outside a test (see above).`);
  } catch {
    notes.push(`${label}: no report was written (see the output above).`);
  }
  if (!ok) failed = true;
}

if (mode !== 'e2e') vitest('unit-and-component', []);

if (mode !== 'unit') {
  const browser = findChromium();
  if (!browser) {
    const message = `E2E TESTS NOT RUN: no Chromium was found. ${CHROMIUM_INSTALL_HINT}`;
    if (mode === 'e2e' || ci) {
      notes.push(`${message}${ci ? ' (CI=true: a missing browser fails the run.)' : ''}`);
      failed = true;
    } else {
      notes.push(message);
    }
  } else if (!run('npx', ['electron-vite', 'build', '--logLevel', 'warn'])) {
    notes.push('The build failed, so the E2E tests could not run.');
    failed = true;
  } else {
    console.log(`\nE2E tests in ${browser}`);
    vitest('e2e', ['--config', 'vitest.e2e.config.ts']);
    if (!electronBinaryPath()) {
      console.log(
        '\nNote: the Electron smoke test was skipped: no Electron binary here (npm run electron:fetch).',
      );
    }
  }
}

const banner = '!'.repeat(78);
for (const note of notes) console.log(`\n${banner}\n${note}\n${banner}`);
const skipped = tally.skipped > 0 ? `, ${tally.skipped} skipped` : '';
console.log(`\ntests: ${tally.passed} passed, ${tally.failed} failed${skipped}`);
process.exit(failed ? 1 : 0);
