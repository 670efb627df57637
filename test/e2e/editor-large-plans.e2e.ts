/// <reference lib="dom" />
// Issue 14 point 6: a 500-item plan with long titles — bulk assign of unmapped items and a
// filter in the trace matrix, at 1280×800 with the live diagram open.
import { afterEach, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe';
import type { StudioHarness } from './support/harness';
import { openLongTitlePlan } from './support/long-title-plan';
import { settled } from './support/screen';
import { photograph } from './support/small-screen';

let studio: StudioHarness | undefined;
afterEach(async () => {
  await studio?.close();
  studio = undefined;
});

it('assigns several unmapped items to one stream in one undoable step, and filters the trace matrix', async () => {
  studio = await openLongTitlePlan();
  const { page } = studio;
  await page.getByRole('banner').getByRole('button', { name: 'Convert', exact: true }).click();
  await page.getByTestId('conversion-review').waitFor();
  const unmapped = () => page.getByTestId('unmapped-count').textContent();
  await expect.poll(unmapped).toMatch(/^10in no stream/);

  // Tick three, choose one stream, assign: one step.
  const table = page.getByTestId('unmapped-table');
  for (const n of [50, 100, 150]) {
    await table
      .getByRole('checkbox', { name: new RegExp(`acquirer group ${String(n)}”$`) })
      .check();
  }
  const bulk = page.getByTestId('unmapped-bulk');
  await bulk.getByLabel('Assign the ticked items to').click();
  await page.getByRole('option', { name: 'Hardware deliveries' }).click();
  await bulk.getByRole('button', { name: 'Assign 3 items to “Hardware deliveries”' }).click();
  await expect.poll(unmapped).toMatch(/^7in no stream/);
  expect(await page.getByTestId('unmapped-row').count()).toBe(7);
  await page.keyboard.press('Control+z');
  await expect.poll(unmapped).toMatch(/^10in no stream/);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(unmapped).toMatch(/^7in no stream/);

  // "Tick every item" then assign the rest.
  await table.getByRole('checkbox', { name: 'Tick every item in no stream' }).check();
  await bulk.getByRole('button', { name: 'Assign 7 items to “Hardware deliveries”' }).click();
  await expect.poll(unmapped).toMatch(/^0in no stream/);
  await page.keyboard.press('Control+z');
  await expect.poll(unmapped).toMatch(/^7in no stream/);

  // The filter: every word must match a title, id, kind or delivery name.
  const matrix = page.getByTestId('trace-matrix');
  const filter = page.getByRole('textbox', { name: 'Filter items' });
  await filter.fill('settlement group 42');
  await expect
    .poll(() => page.getByTestId('trace-filter-count').textContent())
    .toMatch(/^\d+ of 500 items match$/);
  const titles = () =>
    matrix
      .locator('[data-testid="trace-row"] th')
      .evaluateAll((cells) => cells.map((cell) => cell.textContent));
  await expect.poll(async () => (await titles()).length).toBeGreaterThan(0);
  for (const title of await titles()) {
    expect(title.toLowerCase()).toContain('settlement');
    expect(title).toContain('group 42');
  }
  await filter.fill('other d2-');
  await expect
    .poll(() => page.getByTestId('trace-filter-count').textContent())
    .toBe('2 of 500 items match');
  await filter.fill('no such words');
  await expect.poll(() => matrix.textContent()).toContain('No item matches “no such words”.');
  // Rows a person can tell apart: the titles' distinguishing ends are shown, never clipped.
  await filter.fill('Reconcile settlement');
  await expect
    .poll(() => page.getByTestId('trace-filter-count').textContent())
    .toBe('125 of 500 items match');
  const shown = await matrix
    .locator('[data-testid="trace-row"] th span[title]')
    .evaluateAll((spans) =>
      spans.map((span) => ({
        text: span.textContent,
        clipped:
          span.scrollHeight > span.clientHeight + 1 || span.scrollWidth > span.clientWidth + 1,
      })),
    );
  expect(shown.length).toBeGreaterThan(5);
  for (const title of shown) {
    expect(title.text).toMatch(/for acquirer group \d+$/);
    expect(title.clipped).toBe(false);
  }

  // The conversion's notification closes by itself; it would cover the screenshot.
  await expect
    .poll(() => page.getByRole('button', { name: 'Dismiss notification' }).count(), {
      timeout: 20_000,
    })
    .toBe(0);
  await matrix.scrollIntoViewIfNeeded();
  await page.mouse.move(640, 790);
  await settled(page);
  await photograph(page, 'review-bulk-assign-and-filter');
  expect(await seriousAxeViolations(page)).toEqual([]);
  expect(studio.consoleErrors).toEqual([]);
}, 120_000);
