/// <reference lib="dom" />
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe';
import { launchStudio, screenshotDir, type StudioHarness } from './support/harness';

let studio: StudioHarness | undefined;

afterEach(async () => {
  await studio?.close();
  studio = undefined;
});

const VIEWPORT = { width: 1280, height: 900 };

/**
 * The whole screen as a window tall enough to show it all: a full-page capture would leave the
 * app's fixed header, status bar and diagram panel stranded mid-picture.
 */
async function screenshotWholeScreen(page: Page, name: string): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({
    width: VIEWPORT.width,
    height: Math.min(4000, Math.max(VIEWPORT.height, height)),
  });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
  await page.setViewportSize(VIEWPORT);
}

/** Sidebar entries in order, with a heading each screen shows once it is on screen. */
const SECTIONS = [
  { id: 'strategy', nav: 'Strategy' },
  { id: 'packaged', nav: 'Packaged plan' },
  { id: 'streams', nav: 'Stream design', heading: 'Stream design' },
  { id: 'review', nav: 'Conversion review', heading: 'Conversion review' },
  { id: 'diagrams', nav: 'Diagrams' },
  { id: 'readiness', nav: 'Readiness', heading: 'Readiness' },
] as const;

describe('every section of the example plan, converted', () => {
  it.each(['light', 'dark'] as const)(
    'renders each section with no serious axe violation (%s)',
    async (colorScheme) => {
      studio = await launchStudio({ colorScheme });
      const { page } = studio;
      await page.getByRole('button', { name: 'Convert', exact: true }).click();
      await page.getByRole('heading', { name: 'Conversion review', level: 1 }).waitFor();
      // The notification would cover the screenshots.
      await page.getByRole('button', { name: 'Dismiss notification' }).click();

      const nav = page.getByRole('navigation', { name: 'Sections' });
      const found: { section: string; violations: unknown[] }[] = [];
      for (const section of SECTIONS) {
        await nav.getByRole('button', { name: section.nav }).click();
        await expect
          .poll(() => nav.getByRole('button', { name: section.nav }).getAttribute('aria-current'))
          .toBe('page');
        if ('heading' in section) {
          await page.getByRole('heading', { name: section.heading, level: 1 }).waitFor();
        }
        // Hover styles are transient; scan and photograph the screen at rest.
        await page.mouse.move(640, 890);
        await screenshotWholeScreen(page, `${section.id}-${colorScheme}`);
        found.push({ section: section.id, violations: await seriousAxeViolations(page) });
      }
      // Every section is photographed before any verdict, so one failure still shows them all.
      expect(found.filter((entry) => entry.violations.length > 0)).toEqual([]);
      expect(studio.consoleErrors).toEqual([]);
    },
  );
});
