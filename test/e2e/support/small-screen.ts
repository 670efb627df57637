import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot, screenshotDir } from './harness';

/** The laptop screen issue 14 asks every layout to fit, with the live diagram open. */
export const SMALL_SCREEN = { width: 1280, height: 800 } as const;

/**
 * The window as it is (1280×800), in test-results/screenshots and, as the README shows it,
 * in docs/screens.
 */
export async function photograph(page: Page, name: string): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path });
  await copyFile(path, join(repoRoot, 'docs/screens', `${name}.png`));
}
