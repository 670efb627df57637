/// <reference lib="dom" />
import { afterEach, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe';
import { screenshotWholeScreen, settled } from './support/screen';
import { photograph, SMALL_SCREEN } from './support/small-screen';
import { launchStudio, type StudioHarness } from './support/harness';

let studio: StudioHarness | undefined;

afterEach(async () => {
  await studio?.close();
  studio = undefined;
});

describe('readiness of a plan with many alike findings, in Chromium', () => {
  it('shows identical findings as one card with the count and the list, each a way to its field', async () => {
    studio = await launchStudio();
    const { page } = studio;
    await page.getByRole('banner').getByRole('button', { name: 'Convert', exact: true }).click();
    await page.getByTestId('conversion-review').waitFor();
    const nav = page.getByRole('navigation', { name: 'Sections' });
    await nav.getByRole('button', { name: 'Readiness' }).click();
    await page.getByTestId('readiness').waitFor();

    // x, y and z meet 90% at the last delivery: one finding, not three.
    const cards = page.locator('[data-check="non-functional-target-unmet"]');
    await expect.poll(() => cards.count()).toBe(1);
    const card = cards.first();
    expect(await card.textContent()).toContain(
      '3 non-functional requirements meet only 90% of their targets at Delivery "Delivery 2"',
    );
    expect(await card.getByTestId('finding-count').textContent()).toBe('× 3');
    expect(
      await card.getByTestId('finding-members').getByRole('listitem').allTextContents(),
    ).toEqual(
      ['x', 'y', 'z'].map(
        (name) => `Non-functional requirement "Non-functional requirement ${name}"Go to`,
      ),
    );
    expect(await page.getByTestId('readiness-counts').textContent()).toContain(
      '0 errors · 2 warnings · 0 notes',
    );
    // The code stream keeps the article's owners (R&DM, SACM): no note blames the rule.
    expect(await page.locator('[data-check="pre-authorised-without-validation"]').count()).toBe(0);

    await page.mouse.move(640, 890);
    await settled(page);
    await screenshotWholeScreen(page, 'readiness-grouped-light');
    expect(await seriousAxeViolations(page)).toEqual([]);
    // As the README shows it: 1280×800 beside the live diagram, the conversion's notice closed.
    await page.setViewportSize(SMALL_SCREEN);
    for (const close of await page.locator('.mantine-Notification-closeButton').all()) {
      await close.click({ timeout: 2000 }).catch(() => undefined);
    }
    await page.mouse.move(640, 790);
    await settled(page);
    await photograph(page, 'readiness-grouped-1280x800');

    await card
      .getByRole('button', {
        name: 'Go to Non-functional requirement "Non-functional requirement z"',
      })
      .click();
    await expect
      .poll(() => nav.getByRole('button', { name: 'Packaged plan' }).getAttribute('aria-current'))
      .toBe('page');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-path') ?? ''))
      .toMatch(/^packagedPlan\.deliveries\[1\]\.items\[7\]/);
    expect(studio.consoleErrors).toEqual([]);
  });
});
