import { resolve } from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { electronBinaryPath } from '../../scripts/electron-binary.mjs';

const binary = electronBinaryPath();
const appDir = resolve(import.meta.dirname, '../..');

if (!binary) {
  // Launching a missing binary kills the test process, so the check comes first.
  console.warn(
    'Electron smoke test skipped: the Electron binary is not installed here (npm run electron:fetch).',
  );
}

describe.skipIf(!binary)('the packaged app in real Electron', () => {
  it('opens one secure window on the sample plan', async () => {
    const app = await electron.launch({
      executablePath: binary,
      args: [appDir, '--no-sandbox'],
      env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
    });
    try {
      const window = await app.firstWindow();
      await expect
        .poll(() => window.getByRole('heading', { level: 1 }).textContent(), { timeout: 20_000 })
        .toBe('Seed example: two packaged deliveries');
      expect(await window.getByTestId('plan-item').count()).toBe(27);
      expect(window.url()).toBe('app://studio/index.html');
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(
        1,
      );
      const exposure = await window.evaluate(() => {
        const page = globalThis as unknown as Record<string, unknown>;
        return {
          require: typeof page.require,
          process: typeof page.process,
          studio: typeof page.studio,
        };
      });
      expect(exposure).toEqual({ require: 'undefined', process: 'undefined', studio: 'object' });
      await window.screenshot({
        path: resolve(appDir, 'test-results/screenshots/electron-smoke.png'),
      });
    } finally {
      await app.close();
    }
  });
});
