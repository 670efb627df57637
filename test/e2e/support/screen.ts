import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { screenshotDir } from './harness';

/** The window size every E2E page starts with. */
export const VIEWPORT = { width: 1280, height: 900 } as const;

/** Waits until no CSS transition runs: axe measures contrast on whatever is half faded in. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running'),
  );
}

/** Opens a section from the sidebar, as a user clicks it, and waits until it is the current one. */
export async function openSection(page: Page, name: string | RegExp): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await nav.getByRole('button', { name }).click();
  await expect
    .poll(() => nav.getByRole('button', { name }).getAttribute('aria-current'))
    .toBe('page');
}

/**
 * The whole screen as a window tall enough to show it all: a full-page capture would leave the
 * app's fixed header, status bar and diagram panel stranded mid-picture.
 */
export async function screenshotWholeScreen(page: Page, name: string): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({
    width: VIEWPORT.width,
    height: Math.min(6000, Math.max(VIEWPORT.height, height)),
  });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
  await page.setViewportSize(VIEWPORT);
}
