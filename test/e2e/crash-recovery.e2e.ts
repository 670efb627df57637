import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { launchStudio, type StudioHarness } from './support/harness';

let studio: StudioHarness | undefined;
const folders: string[] = [];

afterEach(async () => {
  await studio?.close();
  studio = undefined;
  await Promise.all(folders.splice(0).map((f) => rm(f, { recursive: true, force: true })));
});

async function appDataSnapshots(userDataDir: string): Promise<{ planText: string }[]> {
  try {
    const data = JSON.parse(await readFile(join(userDataDir, 'app-data.json'), 'utf8')) as {
      snapshots?: { planText: string }[];
    };
    return data.snapshots ?? [];
  } catch {
    return [];
  }
}

describe('a crash with unsaved changes', () => {
  it('gets the edits back after the app is killed with SIGKILL and started again', async () => {
    const userDataDir = await mkdtemp(join(tmpdir(), 'studio-crash-user-data-'));
    const outFolder = await mkdtemp(join(tmpdir(), 'studio-crash-out-'));
    folders.push(userDataDir, outFolder);

    // First run: open the example, convert it (an unsaved edit), then the process dies.
    studio = await launchStudio({ userDataDir });
    await studio.page.getByRole('button', { name: 'Convert', exact: true }).click();
    await expect
      .poll(() => studio?.page.getByTestId('status-saved').textContent())
      .toBe('Unsaved changes');
    // The app's own recovery copy reaches the database; nothing is flushed for the test.
    await expect
      .poll(async () => (await appDataSnapshots(userDataDir)).length, { timeout: 15_000 })
      .toBe(1);
    await studio.crash();
    studio = undefined;

    // Second run on the same data folder: the app offers the unsaved plan back.
    const saved = join(outFolder, 'recovered.transition');
    studio = await launchStudio({ userDataDir, start: 'start-screen', saveDialogAnswers: [saved] });
    const { page } = studio;
    const dialog = page.getByRole('dialog', { name: 'Recover unsaved changes' });
    await dialog.waitFor();
    await page.waitForTimeout(400); // let the modal's fade-in finish before the picture
    await studio.screenshot('crash-recovery-offer');
    await dialog.getByRole('button', { name: /^Restore/ }).click();
    await expect.poll(() => page.getByTestId('status-saved').textContent()).toBe('Unsaved changes');

    // Saving the restored plan writes the edit made before the crash.
    await page.keyboard.press('Control+S');
    await expect.poll(() => page.getByTestId('status-saved').textContent()).toBe('Saved');
    const plan = JSON.parse(await readFile(saved, 'utf8')) as {
      streamDesign?: { streams: unknown[] };
    };
    expect(plan.streamDesign?.streams).toHaveLength(5);
    await expect.poll(async () => (await appDataSnapshots(userDataDir)).length).toBe(0);
  });
});
