/// <reference lib="dom" />
// page.evaluate callbacks run in the browser.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializePlan } from '../../core/plan/serialize';
import { loadSeedPlan } from '../support/seed';
import { seriousAxeViolations } from './support/axe';
import { launchStudio, type StudioHarness } from './support/harness';

let studio: StudioHarness | undefined;
let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'studio-files-'));
});
afterEach(async () => {
  await studio?.close();
  studio = undefined;
  await rm(folder, { recursive: true, force: true });
});

async function planFile(name: string, title = 'Payments platform go-live'): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, serializePlan({ ...loadSeedPlan(), title }));
  return path;
}

function harness(): StudioHarness {
  if (!studio) throw new Error('the app is not running');
  return studio;
}

const statusSaved = () => harness().page.getByTestId('status-saved').textContent();
const heading = () => harness().page.getByRole('heading', { level: 1 }).textContent();
const pageTitle = () => harness().page.title();

/** Dialogs fade in: a screenshot waits until they are fully shown. */
async function screenshotWhenShown(name: string): Promise<void> {
  await harness().page.waitForTimeout(400);
  await harness().screenshot(name);
}

async function openFromStartScreen(): Promise<void> {
  await harness().page.getByRole('button', { name: 'Open…' }).click();
  await harness().page.getByTestId('document-title').waitFor();
}

/** Converting the plan is an edit the user can make today: it adds the stream design. */
async function convert(): Promise<void> {
  await harness().page.keyboard.press('Control+Shift+K');
  await expect.poll(statusSaved).toBe('Unsaved changes');
}

async function fileJson(path: string): Promise<{ title: string; streamDesign?: unknown }> {
  return JSON.parse(await readFile(path, 'utf8')) as { title: string; streamDesign?: unknown };
}

describe('saving plans', () => {
  it('open → edit → save → reopen shows the edit; the old version is kept as .bak', async () => {
    const path = await planFile('payments.transition');
    const original = await readFile(path, 'utf8');
    studio = await launchStudio({ start: 'start-screen', openDialogAnswers: [path, path] });
    const { page } = studio;
    await openFromStartScreen();
    expect(await pageTitle()).toBe('payments.transition — Transition Studio');
    await convert();
    expect(await pageTitle()).toBe('● payments.transition — Transition Studio');
    await studio.screenshot('files-unsaved-changes');

    await page.keyboard.press('Control+S');
    await expect.poll(statusSaved).toBe('Saved');
    expect(await pageTitle()).toBe('payments.transition — Transition Studio');
    expect((await fileJson(path)).streamDesign).toBeDefined();
    expect(await readFile(`${path}.bak`, 'utf8')).toBe(original);
    expect(studio.main.documentStates.at(-1)).toMatchObject({
      name: 'payments.transition',
      dirty: false,
      path,
    });

    // Reopen: converting again now merges into the saved design.
    await studio.emit('menuCommand', 'open');
    await expect.poll(statusSaved).toBe('Saved');
    await page.keyboard.press('Control+Shift+K');
    await expect.poll(() => page.getByText('Plan re-converted').count()).toBe(1);
    expect(studio.consoleErrors).toEqual([]);
  });

  it('Save As writes the new file and leaves the original byte for byte unchanged', async () => {
    const path = await planFile('payments.transition');
    const before = await readFile(path);
    const copy = join(folder, 'payments-streams.transition');
    studio = await launchStudio({
      start: 'start-screen',
      openDialogAnswers: [path],
      saveDialogAnswers: [copy],
    });
    await openFromStartScreen();
    await convert();
    await studio.page.keyboard.press('Control+Shift+S');
    await expect.poll(statusSaved).toBe('Saved');
    expect(await studio.page.getByTestId('status-file').textContent()).toBe(copy);
    expect(await readFile(path)).toEqual(before);
    expect((await fileJson(copy)).streamDesign).toBeDefined();
    expect(studio.main.saveDialogSuggestions).toEqual([{ name: 'payments.transition', folder }]);
  });
});

describe('bad files and changes on disk', () => {
  it('shows a dropped bad file’s message and keeps the open plan', async () => {
    const bad = join(folder, 'broken.transition');
    await writeFile(bad, '{ "format": "transition-studio.plan", "schemaVersion": 1, "title": 7 }');
    studio = await launchStudio({ droppedFilePaths: { 'broken.transition': bad } });
    const { page } = studio;
    expect(await heading()).toBe('Seed example: two packaged deliveries');
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['{}'], 'broken.transition', { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
    });
    const alert = page.getByRole('alert');
    await expect
      .poll(() => alert.textContent())
      .toContain('"broken.transition" is not a valid plan.');
    expect(await alert.textContent()).toContain('title: must be text (found the number 7)');
    expect(await heading()).toBe('Seed example: two packaged deliveries');
    await studio.screenshot('files-bad-file-dropped');
  });

  it('notices another program’s change while open, and asks before overwriting it', async () => {
    const path = await planFile('payments.transition');
    studio = await launchStudio({
      start: 'start-screen',
      openDialogAnswers: [path],
      watchDebounceMs: 50,
    });
    const { page } = studio;
    await openFromStartScreen();
    await convert();
    await writeFile(path, serializePlan({ ...loadSeedPlan(), title: 'Edited in another program' }));
    await expect
      .poll(() => page.getByText('“payments.transition” changed on disk').count())
      .toBe(1);
    await studio.screenshot('files-changed-on-disk');

    await page.keyboard.press('Control+S');
    const dialog = page.getByRole('dialog', { name: '“payments.transition” changed on disk' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(
      'was changed by another program since it was opened',
    );
    await screenshotWhenShown('files-conflict-dialog');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Overwrite' }).click();
    await expect.poll(statusSaved).toBe('Saved');
    const saved = await fileJson(path);
    expect(saved.title).toBe('Payments platform go-live');
    expect(saved.streamDesign).toBeDefined();
  });
});

describe('closing and crash recovery', () => {
  it('asks Save / Don’t Save / Cancel when the window closes with unsaved changes', async () => {
    const path = await planFile('payments.transition');
    studio = await launchStudio({ start: 'start-screen', openDialogAnswers: [path] });
    const { page } = studio;
    await openFromStartScreen();
    await convert();
    await studio.emit('closeRequested', { quitting: false });
    const dialog = page.getByRole('dialog', {
      name: 'Save the changes to “payments.transition” before closing?',
    });
    await dialog.waitFor();
    await screenshotWhenShown('files-unsaved-on-close');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => studio?.main.closeAnswers).toEqual([false]);
    await studio.emit('closeRequested', { quitting: false });
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => studio?.main.closeAnswers).toEqual([false, true]);
    expect((await fileJson(path)).streamDesign).toBeDefined();
  });

  it('offers the unsaved plan of a crashed run at start and restores its edits', async () => {
    const path = await planFile('payments.transition');
    const onDisk = await readFile(path);
    const info = await stat(path);
    const edited = serializePlan({ ...loadSeedPlan(), title: 'Payments, edits before the crash' });
    const source = {
      kind: 'file',
      name: 'payments.transition',
      path,
    };
    studio = await launchStudio({
      start: 'start-screen',
      appData: {
        version: 2,
        recentFiles: [],
        snapshots: [
          {
            id: 'crashed-1',
            title: 'payments.transition',
            source,
            baseStamp: {
              size: onDisk.length,
              mtimeMs: info.mtimeMs,
              sha256: createHash('sha256').update(onDisk).digest('hex'),
            },
            planText: edited,
            savedAt: new Date(Date.now() - 5 * 60_000).toISOString(),
            openedAt: new Date(Date.now() - 60 * 60_000).toISOString(),
          },
        ],
      },
    });
    const { page } = studio;
    const dialog = page.getByRole('dialog', { name: 'Recover unsaved changes' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(path);
    await screenshotWhenShown('files-recovery-offer');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Restore payments.transition' }).click();
    await expect.poll(heading).toBe('Payments, edits before the crash');
    expect(await statusSaved()).toBe('Unsaved changes');

    await page.keyboard.press('Control+S');
    await expect.poll(statusSaved).toBe('Saved');
    expect((await fileJson(path)).title).toBe('Payments, edits before the crash');
    const userData = studio.userDataDir;
    // The copy is dropped once the save is done: main writes the app database a moment later.
    await expect
      .poll(async () => {
        const appData = JSON.parse(await readFile(join(userData, 'app-data.json'), 'utf8')) as {
          snapshots: unknown[];
        };
        return appData.snapshots;
      })
      .toEqual([]);
  });
});

describe('recent files', () => {
  it('shows each plan by its title and file name, marks a file that went missing, and puts a newly opened file first', async () => {
    const kept = await planFile('kept.transition', 'Card payments wave 2');
    const fresh = await planFile('fresh.transition', 'A fresh plan');
    const deleted = join(folder, 'deleted.transition');
    studio = await launchStudio({
      start: 'start-screen',
      openDialogAnswers: [fresh],
      appData: {
        version: 2,
        recentFiles: [
          {
            path: deleted,
            name: 'deleted.transition',
            title: 'Cut-over rehearsal',
            openedAt: '2026-11-20T10:00:00Z',
          },
          {
            path: kept,
            name: 'kept.transition',
            title: 'Card payments wave 2',
            openedAt: '2026-11-19T10:00:00Z',
          },
        ],
      },
    });
    const { page } = studio;
    const entries = page.getByTestId('recent-file');
    // The deleted file stays in the list, marked, instead of vanishing without a word.
    await expect.poll(() => entries.count()).toBe(2);
    const gone = entries.nth(0);
    expect(await gone.getAttribute('data-missing')).toBe('true');
    expect(await gone.textContent()).toContain('Cut-over rehearsal');
    expect(await gone.textContent()).toContain('Missing');
    expect(await gone.textContent()).toContain(
      'deleted.transition is no longer in ' + folder + ': it was moved, renamed or deleted.',
    );
    const present = entries.nth(1);
    expect(await present.getAttribute('data-missing')).toBeNull();
    expect(await present.textContent()).toContain('Card payments wave 2');
    expect(await present.textContent()).toContain('kept.transition');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await studio.screenshot('files-start-screen-recent');

    // Opening the missing file says why it cannot, and only then takes it off the list.
    await gone.click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('It was removed from the recent files.');
    await expect.poll(() => entries.count()).toBe(1);

    await openFromStartScreen();
    await expect.poll(heading).toBe('A fresh plan');
    await expect
      .poll(() =>
        studio?.main
          .eventsOf('recentFilesChanged')
          .at(-1)
          ?.files.map((f) => [f.title, f.name]),
      )
      .toEqual([
        ['A fresh plan', 'fresh.transition'],
        ['Card payments wave 2', 'kept.transition'],
      ]);
    const appData = JSON.parse(
      await readFile(join(studio.userDataDir, 'app-data.json'), 'utf8'),
    ) as {
      recentFiles: { name: string; title?: string }[];
    };
    expect(appData.recentFiles.map((f) => [f.title, f.name])).toEqual([
      ['A fresh plan', 'fresh.transition'],
      ['Card payments wave 2', 'kept.transition'],
    ]);
  });
});

describe('the app database', () => {
  it('starts with defaults from a corrupt database file and says so once', async () => {
    studio = await launchStudio({ start: 'start-screen', appData: '{"version": 2, "settings": {' });
    const { page } = studio;
    await expect.poll(() => page.getByText('Settings were reset').count()).toBe(1);
    const files = await readdir(studio.userDataDir);
    expect(files.some((name) => /^app-data\.json\..+\.corrupt$/u.test(name))).toBe(true);
    await screenshotWhenShown('files-database-reset-notice');
  });
});
