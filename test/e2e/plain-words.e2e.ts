/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchStudio, type StudioHarness } from './support/harness';
import { openSection } from './support/screen';

let studio: StudioHarness | undefined;

afterEach(async () => {
  await studio?.close();
  studio = undefined;
});

async function convert(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Convert', exact: true }).click();
  await page.getByTestId('conversion-review').waitFor();
}

describe('plain words in the editor', () => {
  it('names a date that does not exist, reads abbreviations aloud, and Enter picks a role', async () => {
    studio = await launchStudio();
    const { page } = studio;
    await convert(page);

    await openSection(page, 'Packaged plan');
    const goLive = page.getByRole('textbox', { name: 'Go-live date' }).first();
    await goLive.fill('31 Feb 2027');
    await goLive.press('Tab');
    await page
      .getByText('31 Feb 2027 is not a date in the calendar: February 2027 has 28 days.')
      .waitFor();

    await page.getByRole('button', { name: 'Paste items…' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Paste items' });
    await dialog.getByRole('textbox', { name: /Rows from a spreadsheet/ }).fill('NFR\tUptime\t99');
    await expect
      .poll(() => dialog.getByTestId('paste-read-as').textContent())
      .toBe('NFR read as Non-functional requirement.');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await openSection(page, 'Stream design');
    const roles = page.getByRole('combobox', { name: /^Roles owning “Hardware deliveries”/ });
    const pills = page.locator('.mantine-Pill-root[data-role="validation-testing"]');
    const before = await pills.count();
    await roles.click();
    await roles.pressSequentially('validation');
    await roles.press('Enter');
    await expect.poll(() => pills.count()).toBe(before + 1);
  });
});
