/// <reference lib="dom" />
import { afterEach, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe';
import { settled } from './support/screen';
import { launchStudio, type StudioHarness } from './support/harness';

let studio: StudioHarness | undefined;

afterEach(async () => {
  await studio?.close();
  studio = undefined;
});

describe('the ITIL vocabulary switch, in Chromium', () => {
  it('renames processes in the stream design, the roles matrix and readiness', async () => {
    studio = await launchStudio({ colorScheme: 'dark' });
    const { page } = studio;
    await page.getByRole('banner').getByRole('button', { name: 'Convert', exact: true }).click();
    await page.getByTestId('conversion-review').waitFor();
    const nav = page.getByRole('navigation', { name: 'Sections' });
    await nav.getByRole('button', { name: 'Stream design' }).click();

    const matrix = page.getByRole('table', { name: /Roles matrix/ });
    const elsRow = page.getByTestId('stream-row').filter({ hasText: 'ELS & Continual' });
    await matrix.waitFor();
    expect(await matrix.locator('thead').textContent()).toContain('R&DM');
    expect(await elsRow.locator('.mantine-Pill-root').allTextContents()).toEqual([
      'CSI',
      'SLM',
      'BRM',
      'SO',
    ]);

    // The rule's own owners draw no note; owners edited by hand leave the gate's owner open.
    await matrix
      .getByRole('checkbox', {
        name: 'Service Asset and Configuration Management owns “Code objects checked in, tested & deployed”',
      })
      .uncheck();

    await page.getByRole('radiogroup', { name: 'ITIL vocabulary' }).getByText('ITIL 4').click();
    await expect.poll(() => matrix.locator('thead').textContent()).toContain('RM/DM');
    expect(await matrix.locator('thead').textContent()).not.toContain('R&DM');
    expect(await elsRow.locator('.mantine-Pill-root').allTextContents()).toEqual([
      'CI',
      'SLM',
      'BRM',
      'SO',
    ]);
    // The full ITIL 4 name is what assistive technology reads for each matrix cell.
    expect(
      await matrix
        .getByRole('checkbox', {
          name: 'Continual improvement owns “ELS & Continual Service Improvement”',
        })
        .isChecked(),
    ).toBe(true);
    await studio.screenshot('vocabulary-itil4-streams');
    await settled(page);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await nav.getByRole('button', { name: 'Readiness' }).click();
    const note = page.locator('[data-check="pre-authorised-without-validation"]');
    await expect
      .poll(() => note.textContent())
      .toContain('but service validation and testing is not among its roles');

    await page.getByRole('radiogroup', { name: 'ITIL vocabulary' }).getByText('ITIL v3').click();
    await expect
      .poll(() => note.textContent())
      .toContain('but Service Validation and Testing is not among its roles');
    expect(studio.consoleErrors).toEqual([]);
  });
});
