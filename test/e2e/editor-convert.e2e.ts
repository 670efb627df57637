/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe';
import { openSection, settled } from './support/screen';
import { launchStudio, type StudioHarness } from './support/harness';

let studio: StudioHarness | undefined;

afterEach(async () => {
  await studio?.close();
  studio = undefined;
});

const CODE_STREAM = '“Code objects checked in, tested & deployed”';

async function convert(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Convert', exact: true }).click();
  await page.getByTestId('conversion-review').waitFor();
}

/** The trace matrix only renders the rows in view: scroll its box until the row is there. */
async function traceRowFor(page: Page, title: string) {
  const matrix = page.getByTestId('trace-matrix');
  const row = matrix.getByTestId('trace-row').filter({ hasText: title });
  for (let step = 0; step < 40 && (await row.count()) === 0; step += 1) {
    await matrix.evaluate((box) => {
      box.scrollTop += box.clientHeight * 0.8;
    });
  }
  await row.first().scrollIntoViewIfNeeded();
  return row.first();
}

describe('convert and review, in Chromium', () => {
  it('converts the example into 5 streams with every item traced, then shows the stream diagram', async () => {
    studio = await launchStudio();
    const { page } = studio;
    await convert(page);
    const summary = page.getByTestId('review-summary');
    await expect.poll(() => summary.textContent()).toContain('5streams');
    expect(await summary.textContent()).toContain('27packaged items');
    expect(await page.getByTestId('unmapped-count').textContent()).toMatch(/^0in no stream/);
    expect(await page.getByTestId('trace-matrix').locator('thead th').count()).toBe(2 + 5);
    // The live panel beside the review shows the stream design.
    expect(await page.getByTestId('live-diagram').getAttribute('data-view')).toBe('streams');
    await settled(page);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await openSection(page, 'Diagrams');
    // Mantine hides the radio inputs; a user clicks their labels.
    await page
      .getByRole('radiogroup', { name: 'Diagram view' })
      .locator('label')
      .filter({ hasText: /^Stream design$/ })
      .click();
    await page.getByTestId('diagram-panel-streams').locator('svg').first().waitFor();
    await studio.screenshot('convert-diagrams');
    expect(studio.consoleErrors).toEqual([]);
  });

  it('re-converts after a hand edit and a new packaged item: the edit stays, the item is traced', async () => {
    studio = await launchStudio();
    const { page } = studio;
    await convert(page);

    // A hand edit: the code stream runs a few times a week rather than daily.
    await openSection(page, 'Stream design');
    await page.getByRole('combobox', { name: `Cadence of ${CODE_STREAM}` }).click();
    await page.getByRole('option', { name: 'Times a week' }).click();
    const fewest = page.getByRole('textbox', { name: `Fewest runs a week of ${CODE_STREAM}` });
    await fewest.fill('2');
    const most = page.getByRole('textbox', { name: `Most runs a week of ${CODE_STREAM}` });
    await most.fill('3');
    await most.blur();

    // A new functional requirement in the second delivery, through the packaged-plan editor.
    await openSection(page, 'Packaged plan');
    await page.getByRole('button', { name: 'Add item to Delivery 2' }).click();
    await page.getByRole('menuitem', { name: /^Functional requirement/ }).click();
    await page.keyboard.type('Functional requirement g');

    await convert(page);
    await expect
      .poll(() => page.getByTestId('review-last-conversion').textContent())
      .toContain('Re-converted');
    // Each stream that took the new requirement lists it, by title, under its own name.
    const addedTo = async (stream: string) =>
      page
        .getByTestId('stream-change')
        .filter({ hasText: stream })
        .getByTestId('items-added')
        .textContent();
    expect(await addedTo('Code objects checked in, tested & deployed')).toContain(
      'Functional requirement g',
    );
    expect(await addedTo('Knowledge updates created & tested')).toContain(
      'Functional requirement g',
    );
    expect(await page.getByTestId('items-added').count()).toBe(2);
    const row = await traceRowFor(page, 'Functional requirement g');
    expect(await row.getAttribute('data-new')).toBe('true');
    expect(await row.getByText('traced').count()).toBe(2);
    expect(await page.getByTestId('unmapped-count').textContent()).toMatch(/^0in no stream/);
    await settled(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await studio.screenshot('reconverted-review');

    // The hand edit survived the re-conversion.
    await openSection(page, 'Stream design');
    expect(
      await page.getByRole('combobox', { name: `Cadence of ${CODE_STREAM}` }).inputValue(),
    ).toBe('Times a week');
    expect(
      await page.getByRole('textbox', { name: `Most runs a week of ${CODE_STREAM}` }).inputValue(),
    ).toBe('3');
    expect(studio.consoleErrors).toEqual([]);
  });
});
