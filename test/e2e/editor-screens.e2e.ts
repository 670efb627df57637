/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe';
import { screenshotWholeScreen, settled } from './support/screen';
import { launchStudio, type StudioHarness } from './support/harness';

let studio: StudioHarness | undefined;

afterEach(async () => {
  await studio?.close();
  studio = undefined;
});

/** Sidebar entries in order, with the test id of the screens built here, to wait for. */
const SECTIONS = [
  { id: 'strategy', nav: 'Strategy' },
  { id: 'packaged', nav: 'Packaged plan' },
  { id: 'streams', nav: 'Stream design', screen: 'stream-design' },
  { id: 'review', nav: 'Conversion review', screen: 'conversion-review' },
  { id: 'diagrams', nav: 'Diagrams' },
  { id: 'readiness', nav: 'Readiness', screen: 'readiness' },
] as const;

/** The screens that change once the plan has a stream design. */
const AFTER_CONVERSION = SECTIONS.filter((section) =>
  ['streams', 'review', 'readiness'].includes(section.id),
);

interface Visit {
  shot: string;
  violations: unknown[];
}

/** Opens each section from the sidebar, photographs it and runs axe on it. */
async function visitSections(
  page: Page,
  sections: readonly (typeof SECTIONS)[number][],
  suffix: string,
): Promise<Visit[]> {
  const nav = page.getByRole('navigation', { name: 'Sections' });
  const visits: Visit[] = [];
  for (const section of sections) {
    await nav.getByRole('button', { name: section.nav }).click();
    await expect
      .poll(() => nav.getByRole('button', { name: section.nav }).getAttribute('aria-current'))
      .toBe('page');
    if ('screen' in section) await page.getByTestId(section.screen).waitFor();
    // Hover styles are transient; scan and photograph the screen at rest.
    await page.mouse.move(640, 890);
    await settled(page);
    const shot = `${section.id}-${suffix}`;
    await screenshotWholeScreen(page, shot);
    visits.push({ shot, violations: await seriousAxeViolations(page) });
  }
  return visits;
}

describe('every section of the example plan', () => {
  it.each(['light', 'dark'] as const)(
    'renders each section, as opened and once converted, with no serious axe violation (%s)',
    async (colorScheme) => {
      studio = await launchStudio({ colorScheme });
      const { page } = studio;
      const visits = await visitSections(page, SECTIONS, colorScheme);

      await page.getByRole('banner').getByRole('button', { name: 'Convert', exact: true }).click();
      await page.getByTestId('conversion-review').waitFor();
      // The notification would cover the screenshots.
      await page.getByRole('button', { name: 'Dismiss notification' }).click();
      visits.push(...(await visitSections(page, AFTER_CONVERSION, `converted-${colorScheme}`)));

      // Every screen is photographed before any verdict, so one failure still shows them all.
      expect(visits.filter((visit) => visit.violations.length > 0)).toEqual([]);
      expect(studio.consoleErrors).toEqual([]);
    },
  );
});

describe('the stream editor’s popovers and dialog', () => {
  it.each(['light', 'dark'] as const)(
    'have no serious axe violation while open (%s)',
    async (colorScheme) => {
      studio = await launchStudio({ colorScheme });
      const { page } = studio;
      await page.getByRole('banner').getByRole('button', { name: 'Convert', exact: true }).click();
      await page.getByRole('button', { name: 'Dismiss notification' }).click();
      await page
        .getByRole('navigation', { name: 'Sections' })
        .getByRole('button', { name: 'Stream design' })
        .click();
      const open: { name: string; violations: unknown[] }[] = [];
      const scan = async (name: string) => {
        await page.mouse.move(640, 890);
        await settled(page);
        open.push({ name, violations: await seriousAxeViolations(page) });
        await page.keyboard.press('Escape');
      };

      await page.getByRole('button', { name: /^6 items in “Code objects/ }).click();
      await page.getByRole('dialog').getByText('Add an item').waitFor();
      await scan('items');
      await page.getByRole('button', { name: /^Approval of “Hardware deliveries”/ }).click();
      await page.getByRole('dialog').getByText('Approval model').waitFor();
      await scan('approval');
      await page.getByRole('combobox', { name: /^Roles owning “Hardware deliveries”/ }).click();
      await page.getByRole('listbox').first().waitFor();
      await scan('roles');
      await page.getByRole('button', { name: 'Remove “Hardware deliveries”' }).click();
      await page.getByRole('dialog', { name: 'Remove “Hardware deliveries”?' }).waitFor();
      await screenshotWholeScreen(page, `streams-remove-dialog-${colorScheme}`);
      await scan('remove dialog');

      expect(open.filter((entry) => entry.violations.length > 0)).toEqual([]);
    },
  );
});
