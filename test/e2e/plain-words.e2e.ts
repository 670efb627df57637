/// <reference lib="dom" />
// Issue 14 point 7: plain words everywhere, at 1280×800 with the live diagram open — a date that
// does not exist, the abbreviations the paste dialog took, Enter in the roles filter, JSON errors
// by line and column, metrics a CAB reads without a calculator, and a report that speaks as the
// editor does.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSeedPlan } from '../support/seed';
import { seriousAxeViolations } from './support/axe';
import { launchStudio, type StudioHarness } from './support/harness';
import { openSection, settled } from './support/screen';
import { photograph, SMALL_SCREEN } from './support/small-screen';

let studio: StudioHarness | undefined;
let folder: string | undefined;

afterEach(async () => {
  await studio?.close();
  studio = undefined;
  if (folder) await rm(folder, { recursive: true, force: true });
  folder = undefined;
});

async function convert(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Convert', exact: true }).click();
  await page.getByTestId('conversion-review').waitFor();
}

/** Closes the notices (they would cover the picture), moves the pointer away and photographs. */
async function photographScreen(page: Page, name: string): Promise<void> {
  for (const close of await page.locator('.mantine-Notification-closeButton').all()) {
    // A notice may close by itself meanwhile: then there is nothing left to close.
    await close.click({ timeout: 2000 }).catch(() => undefined);
  }
  await page.mouse.move(640, 790);
  await settled(page);
  await photograph(page, name);
}

/** A row of the review's metrics table: [packaged, streams]. */
async function metricsRow(page: Page, figure: string): Promise<string[]> {
  const table = page.getByRole('table', { name: /^Metrics: packaged plan before/ });
  return table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: figure, exact: true }) })
    .getByRole('cell')
    .allTextContents();
}

describe('plain words in the editor', () => {
  it('names a date that does not exist, reads abbreviations aloud, and Enter picks a role', async () => {
    studio = await launchStudio();
    const { page } = studio;
    await page.setViewportSize(SMALL_SCREEN);
    await convert(page);

    await openSection(page, 'Packaged plan');
    const goLive = page.getByRole('textbox', { name: 'Go-live date' }).first();
    await goLive.fill('31 Feb 2027');
    await goLive.press('Tab');
    await page
      .getByText('31 Feb 2027 is not a date in the calendar: February 2027 has 28 days.')
      .waitFor();
    await goLive.evaluate((field) => {
      field.scrollIntoView({ block: 'center' });
    });
    await photographScreen(page, 'plain-words-date-1280x800');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Paste items…' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Paste items' });
    await dialog
      .getByRole('textbox', { name: /Rows from a spreadsheet/ })
      .fill('NFR\tUptime\t99\nHW\tLoad balancer\t2\nDoc\tRunbook');
    await expect
      .poll(() => dialog.getByTestId('paste-read-as').textContent())
      .toBe(
        'NFR read as Non-functional requirement; HW read as Infrastructure; Doc read as Document.',
      );
    await photographScreen(page, 'plain-words-paste-1280x800');
    expect(await seriousAxeViolations(page)).toEqual([]);
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

  it('says by line and column where a plan file’s JSON breaks, and keeps the open plan', async () => {
    folder = await mkdtemp(join(tmpdir(), 'studio-plain-words-'));
    const broken = join(folder, 'wave-2.transition');
    await writeFile(
      broken,
      // A title typed by hand without its quotes: V8 names no position for a bare word.
      '{\n  "format": "transition-studio.plan",\n  "schemaVersion": 1,\n  "title": Wave 2\n}\n',
    );
    studio = await launchStudio({ openDialogAnswers: [broken] });
    const { page } = studio;
    await page.setViewportSize(SMALL_SCREEN);
    await openSection(page, 'Packaged plan');
    await studio.emit('menuCommand', 'open');
    const alert = page.getByRole('alert').filter({ hasText: 'wave-2.transition' });
    await expect
      .poll(() => alert.textContent())
      .toMatch(/The file is not valid JSON \(unexpected text at line 4, column 12\)/);
    expect(await alert.textContent()).not.toMatch(/position \d/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Seed example: two packaged deliveries',
    );
    await page.mouse.move(640, 790);
    await settled(page);
    await photograph(page, 'plain-words-json-error-1280x800');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(studio.consoleErrors).toEqual([]);
  });

  it('gives the metrics in words a CAB reads, counting only releases as releases', async () => {
    studio = await launchStudio();
    const { page } = studio;
    await page.setViewportSize(SMALL_SCREEN);
    await convert(page);

    // Items a release, "1 item every 7 releases" below one; deployments "1 every 12 weeks".
    expect(await metricsRow(page, 'Batch size (items a release, on average)')).toEqual([
      '13.5 items a release',
      '1 item every 7 releases',
    ]);
    expect((await metricsRow(page, 'Deployments'))[0]).toBe('1 every 12 weeks');
    const table = page.getByRole('table', { name: /^Metrics: packaged plan before/ });
    expect(await table.textContent()).not.toMatch(/\b0\.\d|per release event/);
    const releases = await metricsRow(page, 'Releases into production (count)');
    expect(releases).toEqual(['2', '167–170']);
    await table.evaluate((element) => {
      element.scrollIntoView({ block: 'center' });
    });
    await photographScreen(page, 'plain-words-metrics-1280x800');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The daily ELS and CSI stream holds meetings, not releases: running it less often leaves
    // the releases as they were; the code stream running less often does not.
    await openSection(page, 'Stream design');
    await page
      .getByRole('combobox', { name: 'Cadence of “ELS & Continual Service Improvement”' })
      .click();
    await page.getByRole('option', { name: 'As required' }).click();
    await openSection(page, 'Conversion review');
    expect(await metricsRow(page, 'Releases into production (count)')).toEqual(releases);
    await openSection(page, 'Stream design');
    await page
      .getByRole('combobox', { name: 'Cadence of “Code objects checked in, tested & deployed”' })
      .click();
    await page.getByRole('option', { name: 'As required' }).click();
    await openSection(page, 'Conversion review');
    expect((await metricsRow(page, 'Releases into production (count)'))[1]).not.toBe(releases[1]);
    expect(studio.consoleErrors).toEqual([]);
  });
});

describe('plain words in the report', () => {
  it('says "t-1 week" as the editor does and names a delivery by its go-live date, never its id', async () => {
    folder = await mkdtemp(join(tmpdir(), 'studio-plain-words-'));
    const plan = loadSeedPlan();
    const [first] = plan.packagedPlan.deliveries;
    if (!first) throw new Error('The seed plan changed: it has no delivery.');
    first.name = '';
    first.items = first.items
      .filter((item) => item.kind !== 'earlyLifeSupport')
      .map((item) => (item.kind === 'opsBriefing' ? { ...item, leadWeeks: 1 } : item));
    const file = join(folder, 'unnamed-wave.transition');
    await writeFile(file, JSON.stringify(plan, null, 2));
    const report = join(folder, 'pack.html');
    studio = await launchStudio({
      start: 'start-screen',
      openDialogAnswers: [file],
      reportDialogAnswers: [report],
    });
    const { page } = studio;
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.getByTestId('document-title').waitFor();
    await openSection(page, 'Packaged plan');
    await expect
      .poll(() => page.getByRole('textbox', { name: /^Briefing, weeks before/ }).inputValue())
      .toBe('t-1 week');

    await studio.emit('menuCommand', 'exportReport');
    const dialog = page.getByRole('dialog', { name: 'Export report' });
    await dialog.getByText('HTML', { exact: true }).click();
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await page.getByText('Report exported').waitFor({ timeout: 60_000 });
    const text = (await readFile(report, 'utf8'))
      .replace(/<[^>]*>/g, ' ')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'");
    expect(text).toContain('t-1 week');
    expect(text).not.toContain('t-1 weeks');
    expect(text).toContain('Delivery of 2027-06-30 has no early life support after go-live.');
    expect(text).not.toMatch(new RegExp(`Delivery "${first.id}"|\\(${first.id}\\)`));
    expect(studio.consoleErrors).toEqual([]);
  });
});
