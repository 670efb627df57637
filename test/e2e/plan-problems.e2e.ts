/// <reference lib="dom" />
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validatePlanData } from '../../core/plan/references';
import { serializePlan } from '../../core/plan/serialize';
import { loadSeedPlan } from '../support/seed';
import { withStaleTraces } from '../support/stale-traces';
import { seriousAxeViolations } from './support/axe';
import { launchStudio, type StudioHarness } from './support/harness';
import { settled } from './support/screen';
import { photograph, SMALL_SCREEN } from './support/small-screen';

/**
 * Issue 14, points 7 and 1: a plan's problems are named as the editor names the field, with
 * the bad value; and a file the app saves always validates, even when the plan came in broken.
 */
let studio: StudioHarness | undefined;
let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'studio-problems-'));
});
afterEach(async () => {
  await studio?.close();
  studio = undefined;
  await rm(folder, { recursive: true, force: true });
});

function harness(): StudioHarness {
  if (!studio) throw new Error('the app is not running');
  return studio;
}

const statusSaved = () => harness().page.getByTestId('status-saved').textContent();

describe('problems in a plan file', () => {
  it('opening a file with a go-live date that does not exist names the delivery, the field and the value', async () => {
    const plan = loadSeedPlan();
    const first = plan.packagedPlan.deliveries[0];
    if (!first) throw new Error('the seed plan has no delivery');
    first.name = 'Wave 1';
    // Written by hand as the user's file has it: 31 February.
    const text = serializePlan(plan).replace(`"date": "${first.date}"`, '"date": "2027-02-31"');
    const path = join(folder, 'waves.transition');
    await writeFile(path, text);
    studio = await launchStudio({ openDialogAnswers: [path] });
    const { page } = studio;
    await page.setViewportSize(SMALL_SCREEN);
    await studio.emit('menuCommand', 'open');
    const alert = page.getByRole('alert').filter({ hasText: 'is not a valid plan' });
    await alert.waitFor();
    expect(await alert.getByRole('listitem').allTextContents()).toEqual([
      'Delivery "Wave 1" › Go-live date: must be a date that exists in the calendar (found text "2027-02-31")',
    ]);
    // The example that was open stays open.
    expect(await page.getByTestId('document-title').textContent()).not.toContain('waves');
    await settled(page);
    await photograph(page, 'plan-problem-in-editor-words');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(studio.consoleErrors).toEqual([]);
  });

  it('Ctrl+S refuses a plan with stale traces; the repair takes them out and the saved file validates', async () => {
    const plan = withStaleTraces(loadSeedPlan(), ['fr-removed-1', 'fr-removed-2']);
    const path = join(folder, 'stale.transition');
    const original = serializePlan(plan);
    await writeFile(path, original);
    studio = await launchStudio({ start: 'start-screen', openDialogAnswers: [path] });
    const { page } = studio;
    await page.setViewportSize(SMALL_SCREEN);
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.getByTestId('document-title').waitFor();

    // An edit (converting would take the stale traces out itself), then Ctrl+S: refused with a
    // sentence, the file untouched.
    const name = page.getByRole('textbox', { name: 'Name' }).first();
    await name.fill('Wave 1');
    await expect.poll(statusSaved).toBe('Unsaved changes');
    await page.keyboard.press('Control+S');
    const alert = page.getByRole('alert').filter({ hasText: 'Not saved' });
    await alert.waitFor();
    expect(
      await alert
        .getByText(/^Not saved/)
        .first()
        .textContent(),
    ).toBe(
      'Not saved: 2 problems in the plan must be fixed first. The plan is still open and nothing on disk was changed.',
    );
    expect(await alert.getByRole('listitem').allTextContents()).toEqual([
      'Stream "Code" › Items: "fr-removed-1" is not an item of the packaged plan',
      'Stream "Code" › Items: "fr-removed-2" is not an item of the packaged plan',
    ]);
    expect(await readFile(path, 'utf8')).toBe(original);
    expect(await statusSaved()).toBe('Unsaved changes');
    await settled(page);
    await photograph(page, 'save-refused-stale-traces');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await alert
      .getByRole('button', { name: 'Take out the 2 traces to items no longer in the plan' })
      .click();
    await page.keyboard.press('Control+S');
    await expect.poll(statusSaved).toBe('Saved');
    const saved: unknown = JSON.parse(await readFile(path, 'utf8'));
    expect(validatePlanData(saved).ok).toBe(true);
    expect(studio.consoleErrors).toEqual([]);
  });
});
