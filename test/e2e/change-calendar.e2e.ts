/// <reference lib="dom" />
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { icsEvent, icsText } from '../support/ics-files';
import { seriousAxeViolations } from './support/axe';
import { launchStudio, type StudioHarness } from './support/harness';
import { openSection, screenshotWholeScreen, settled, VIEWPORT } from './support/screen';
import { photograph, SMALL_SCREEN } from './support/small-screen';

let studio: StudioHarness | undefined;
let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'studio-calendar-'));
});
afterEach(async () => {
  await studio?.close();
  studio = undefined;
  await rm(folder, { recursive: true, force: true });
});

/** The freeze calendar as the change manager's Outlook exports it. */
async function freezeCalendar(): Promise<string> {
  const path = join(folder, 'change-freezes.ics');
  await writeFile(
    path,
    icsText(
      icsEvent({
        UID: 'autumn-freeze@itsm',
        SUMMARY: 'Autumn change freeze',
        'DTSTART;VALUE=DATE': '20270906',
        'DTEND;VALUE=DATE': '20270918',
      }),
      icsEvent({
        UID: 'bank-holiday@itsm',
        SUMMARY: 'Summer bank holiday',
        CATEGORIES: 'Holiday',
        'DTSTART;VALUE=DATE': '20270830',
      }),
    ),
  );
  return path;
}

describe('the change calendar, in Chromium', () => {
  it('edits the calendar, imports an .ics (drawn in the packaged Gantt), converts, and exports a schedule that keeps out of the freeze', async () => {
    const schedulePath = join(folder, 'schedule.ics');
    studio = await launchStudio({
      importDialogAnswers: [await freezeCalendar()],
      exportDialogAnswers: [schedulePath],
    });
    const { page } = studio;
    await openSection(page, 'Strategy');
    const section = page.getByRole('region', { name: 'Change calendar' });
    await section.getByRole('button', { name: 'Add window' }).click();
    await section.getByRole('textbox', { name: 'Name of window w1' }).fill('Go-live weekend');
    await section
      .getByRole('combobox', { name: 'Kind of Go-live weekend' })
      .selectOption('blackout');

    await studio.emit('menuCommand', 'importCalendar');
    await expect.poll(() => page.getByText(/1 window added, 1 holiday added/).count()).toBe(1);
    expect(await section.getByTestId('window-row').count()).toBe(2);
    expect(await section.getByRole('textbox', { name: 'Name of window w2' }).inputValue()).toBe(
      'Autumn change freeze',
    );
    expect(await section.getByTestId('holiday-row').count()).toBe(1);
    await settled(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotWholeScreen(page, 'change-calendar');

    // The packaged plan's live Gantt draws the imported freeze as a bar of the change calendar.
    await openSection(page, 'Packaged plan');
    await expect
      .poll(() => page.locator('svg text').filter({ hasText: 'Autumn change freeze' }).count(), {
        timeout: 30_000,
      })
      .toBeGreaterThan(0);

    await page.getByRole('banner').getByRole('button', { name: 'Convert', exact: true }).click();
    await page.getByTestId('conversion-review').waitFor();
    await openSection(page, 'Strategy');
    await section.getByRole('button', { name: 'Export schedule (.ics)…' }).click();
    const saved = page.getByText(/(\d+) stream runs, 2 go-lives and 2 calendar windows, saved to/);
    await saved.waitFor();
    const runs = Number(/(\d+) stream runs/.exec((await saved.textContent()) ?? '')?.[1]);

    const events = new ICAL.Component(ICAL.parse(await readFile(schedulePath, 'utf8')) as unknown[])
      .getAllSubcomponents('vevent')
      .map((component) => new ICAL.Event(component));
    expect(events).toHaveLength(runs + 2 + 2);
    const releases = events.filter(
      (event) => event.component.getFirstPropertyValue('categories') === 'Stream run',
    );
    expect(releases).toHaveLength(runs);
    expect(events.map((event) => event.summary)).toContain(
      'Freeze: Autumn change freeze (all streams)',
    );
    const blocked = releases.filter((event) => {
      const day = event.startDate.toString();
      return (day >= '2027-09-06' && day <= '2027-09-17') || day === '2027-08-30';
    });
    expect(blocked.map((event) => `${event.summary} ${event.startDate.toString()}`)).toEqual([]);

    // The cadence view opens on the first four weeks; the reader moves it to the freeze.
    await openSection(page, 'Diagrams');
    await page
      .getByRole('radiogroup', { name: 'Diagram view' })
      .locator('label')
      .filter({ hasText: /^Stream cadence$/ })
      .click();
    const cadence = page.getByTestId('diagram-panel-cadence');
    await expect
      .poll(() => page.getByTestId('cadence-window-span').textContent())
      .toBe('30 Jun 2027 – 27 Jul 2027');
    await page.getByRole('button', { name: 'Later ›' }).click();
    await expect
      .poll(() => page.getByTestId('cadence-window-span').textContent())
      .toBe('28 Jul 2027 – 24 Aug 2027');
    const from = page.getByRole('textbox', { name: 'From' });
    await from.fill('6 Sep 2027');
    await from.press('Enter');
    await expect
      .poll(() => cadence.locator('svg text').filter({ hasText: 'Autumn change freeze' }).count(), {
        timeout: 30_000,
      })
      .toBeGreaterThan(0);
    await page.setViewportSize(SMALL_SCREEN);
    await expect
      .poll(() => cadence.getByLabel('Updating the drawing').count(), { timeout: 60_000 })
      .toBe(0);
    // The date picker is still open under "From": its calendar too meets axe.
    await settled(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await from.press('Escape');
    for (const close of await page.locator('.mantine-Notification-closeButton').all()) {
      await close.click({ timeout: 2000 }).catch(() => undefined);
    }
    await page.mouse.move(640, 790);
    await settled(page);
    await photograph(page, 'cadence-window-1280x800');
    await page.setViewportSize(VIEWPORT);
    await page
      .getByRole('radiogroup', { name: 'Cadence window' })
      .locator('label')
      .filter({ hasText: /^Whole horizon$/ })
      .click();
    await expect
      .poll(() => page.getByTestId('cadence-window-span').textContent())
      .toBe('30 Jun 2027 – 21 Dec 2027');
    // The density strip spans the horizon: once drawn, its axis starts in July.
    await expect
      .poll(() => cadence.getByLabel('Updating the drawing').count(), { timeout: 60_000 })
      .toBe(0);
    expect(await cadence.locator('svg text').filter({ hasText: /Jul/ }).count()).toBeGreaterThan(0);
    await screenshotWholeScreen(page, 'cadence-window');
  });
});
