/// <reference lib="dom" />
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { validatePlanData } from '../../core/plan/references';
import { seriousAxeViolations } from './support/axe';
import { launchStudio, repoRoot, type StudioHarness } from './support/harness';
import { openSection, settled } from './support/screen';
import { buildMenuTemplate } from '../../electron/main/menu';

let studio: StudioHarness | undefined;
let folder: string | undefined;

afterEach(async () => {
  await studio?.close();
  studio = undefined;
  if (folder) await rm(folder, { recursive: true, force: true });
  folder = undefined;
});

const CODE = 'Code objects checked in, tested & deployed';
const KNOWLEDGE = 'Knowledge updates created & tested for the new functional requirements';

async function convert(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Convert', exact: true }).click();
  await page.getByTestId('conversion-review').waitFor();
}

/** The screen at 1280×800 with the live diagram panel open, kept in docs/screens. */
async function screenForDocs(page: Page, name: string, keepPointer = false): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 });
  if (!keepPointer) await page.mouse.move(600, 790);
  for (const close of await page.locator('.mantine-Notification-closeButton').all()) {
    // A notice may close by itself meanwhile: then there is nothing left to close.
    await close.click({ timeout: 2000 }).catch(() => undefined);
  }
  await settled(page);
  await page.screenshot({ path: join(repoRoot, 'docs/screens', `${name}.png`) });
}

const streamChange = (page: Page, streamId: string) =>
  page.locator(`[data-testid="stream-change"][data-stream-id="${streamId}"]`);

describe('removing a traced item keeps the plan valid', () => {
  it('takes the item out of its streams in one undoable step, says which, and saves a file that validates', async () => {
    folder = await mkdtemp(join(tmpdir(), 'studio-coherence-'));
    const saved = join(folder, 'payments.transition');
    studio = await launchStudio({ saveDialogAnswers: [saved] });
    const { page } = studio;
    await convert(page);

    await openSection(page, 'Packaged plan');
    await page.getByRole('button', { name: 'Actions for Functional requirement c' }).click();
    await page.getByRole('menuitem', { name: 'Remove item' }).click();
    const notice = page.getByRole('alert').filter({ hasText: 'Removed Functional requirement c' });
    await expect
      .poll(() => notice.textContent())
      .toContain(`The streams “${CODE}” and “${KNOWLEDGE}” no longer carry it.`);

    // The stream design no longer points at the item: counts drop, no problem, no red.
    await openSection(page, 'Stream design');
    const codeItems = page.getByRole('button', { name: `5 items in “${CODE}”: show or change` });
    await codeItems.waitFor();
    expect(await page.getByText('is not an item of the packaged plan').count()).toBe(0);
    await screenForDocs(page, 'stream-design-after-remove');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });

    await openSection(page, 'Readiness');
    expect(await page.getByTestId('readiness').textContent()).not.toContain('fr-c');

    // Ctrl+S writes a file that the validator (what `transition-studio validate` runs) accepts.
    await page.keyboard.press('ControlOrMeta+S');
    await expect.poll(() => page.getByTestId('status-saved').textContent()).toBe('Saved');
    const file: unknown = JSON.parse(await readFile(saved, 'utf8'));
    expect(validatePlanData(file)).toMatchObject({ ok: true });

    // One undo brings the item back into both streams.
    await page.keyboard.press('ControlOrMeta+Z');
    await openSection(page, 'Stream design');
    await page.getByRole('button', { name: `6 items in “${CODE}”: show or change` }).waitFor();
    expect(studio.consoleErrors).toEqual([]);
  });
});

describe('re-conversion explains itself', () => {
  it('lists per stream the hand edits kept and the items removed by title; an edited stream shows EDITED', async () => {
    studio = await launchStudio();
    const { page } = studio;
    await convert(page);

    // A hand edit (cadence) and a removed item.
    await openSection(page, 'Stream design');
    const codeRow = page.locator('[data-testid="stream-row"][data-stream-id="code"]');
    expect(await codeRow.getByText('converted', { exact: true }).count()).toBe(1);
    await page.getByRole('combobox', { name: `Cadence of “${CODE}”` }).click();
    await page.getByRole('option', { name: 'Times a week' }).click();
    await codeRow.getByText('edited', { exact: true }).waitFor();
    await openSection(page, 'Packaged plan');
    await page.getByRole('button', { name: 'Actions for Functional requirement c' }).click();
    await page.getByRole('menuitem', { name: 'Remove item' }).click();

    await convert(page);
    await expect
      .poll(() => page.getByTestId('review-last-conversion').textContent())
      .toContain('Re-converted');
    const code = streamChange(page, 'code');
    expect(await code.getByText('edited', { exact: true }).count()).toBe(1);
    expect(await code.getByTestId('edits-kept').textContent()).toBe(
      'Your edits kept: cadence: 5 times a week',
    );
    expect(await code.getByTestId('items-removed').textContent()).toBe(
      'Items removed: Functional requirement c',
    );
    const knowledge = streamChange(page, 'knowledge');
    expect(await knowledge.getByText('converted', { exact: true }).count()).toBe(1);
    expect(await knowledge.getByTestId('items-removed').textContent()).toBe(
      'Items removed: Functional requirement c',
    );
    expect(await page.getByTestId('change-summary').textContent()).not.toContain('fr-c');
    await page.getByTestId('change-summary').scrollIntoViewIfNeeded();
    await screenForDocs(page, 'reconversion-summary');
    await page.setViewportSize({ width: 1280, height: 900 });
    await settled(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(studio.consoleErrors).toEqual([]);
  });
});

describe('approval edits stay coherent', () => {
  it('offers the new model’s conditions when a standard change goes to a change authority, and keeps the user’s own', async () => {
    studio = await launchStudio();
    const { page } = studio;
    await convert(page);
    await openSection(page, 'Stream design');
    await page.getByRole('button', { name: new RegExp(`^Approval of “${CODE}”`) }).click();
    const conditions = page.getByRole('textbox', { name: 'Conditions' });
    expect(await conditions.inputValue()).toMatch(/^Standard change: every check-in passes/);

    await page.getByRole('combobox', { name: 'Approval model' }).click();
    await page.getByRole('option', { name: 'Change authority (normal change)' }).click();
    await expect
      .poll(() => conditions.inputValue())
      .toBe(
        'Normal change: each release goes to Change Advisory Board for approval before it reaches production.',
      );
    await screenForDocs(page, 'approval-switched');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    // Closing the notices for the screenshot is a click outside the popover: open it again.
    if (!(await conditions.isVisible())) {
      await page.getByRole('button', { name: new RegExp(`^Approval of “${CODE}”`) }).click();
    }

    // Conditions the user wrote survive a change of model.
    await conditions.fill('Only after the weekly CAB review.');
    await page.getByRole('combobox', { name: 'Approval model' }).click();
    await page.getByRole('option', { name: 'Regulatory or compliance sign-off' }).click();
    await expect.poll(() => page.getByLabel('Signed off by').count()).toBe(1);
    expect(await conditions.inputValue()).toBe('Only after the weekly CAB review.');
    expect(studio.consoleErrors).toEqual([]);
  });
});

describe('undo says what it undoes', () => {
  it('names the edit in the Undo and Redo tooltips', async () => {
    studio = await launchStudio();
    const { page } = studio;
    await convert(page);
    await openSection(page, 'Stream design');
    const name = page.getByRole('textbox', { name: 'Name of stream 1' });
    await name.fill('Code to production');
    const header = page.getByRole('banner');
    await header.getByRole('button', { name: 'Undo', exact: true }).hover();
    await expect
      .poll(() => page.getByRole('tooltip').textContent())
      .toMatch(/^Undo Rename stream \(/);
    await screenForDocs(page, 'undo-tooltip', true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await header.getByRole('button', { name: 'Undo', exact: true }).click();
    await header.getByRole('button', { name: 'Redo', exact: true }).hover();
    await expect
      .poll(() => page.getByRole('tooltip').textContent())
      .toMatch(/^Redo Rename stream \(/);
    await header.getByRole('button', { name: 'Undo', exact: true }).hover();
    await expect.poll(() => page.getByRole('tooltip').textContent()).toMatch(/^Undo Convert \(/);

    // Main hears the same and its Edit menu says it: "Undo Convert", "Redo Rename stream".
    await expect
      .poll(() => studio?.main.documentStates.at(-1))
      .toMatchObject({ undo: 'Convert', redo: 'Rename stream' });
    const last = studio.main.documentStates.at(-1);
    const edit = buildMenuTemplate(
      {
        platform: 'linux',
        appName: 'Transition Studio',
        recentFiles: [],
        openRecent: () => undefined,
        devTools: false,
        undo: last?.undo ?? null,
        redo: last?.redo ?? null,
      },
      { send: () => undefined, showAbout: () => undefined },
    ).find((menu) => menu.label === '&Edit')?.submenu;
    const labels = Array.isArray(edit) ? edit.map((item) => item.label) : [];
    expect(labels.slice(0, 2)).toEqual(['Undo Convert', 'Redo Rename stream']);
    expect(studio.consoleErrors).toEqual([]);
  });
});

describe('a new plan', () => {
  it('starts on Strategy and does not call itself saved', async () => {
    studio = await launchStudio({ start: 'start-screen' });
    const { page } = studio;
    await page.getByRole('button', { name: 'New plan' }).click();
    const nav = page.getByRole('navigation', { name: 'Sections' });
    await expect
      .poll(() => nav.getByRole('button', { name: /Strategy/ }).getAttribute('aria-current'))
      .toBe('page');
    expect(await page.getByTestId('status-file').textContent()).toBe('Not saved yet');
    expect(await page.getByTestId('status-saved').textContent()).toBe('Nothing to save yet');
    expect(studio.consoleErrors).toEqual([]);
  });
});
