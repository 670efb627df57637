/// <reference lib="dom" />
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchStudio, type StudioHarness } from './support/harness';

let studio: StudioHarness | undefined;
let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'studio-import-'));
});
afterEach(async () => {
  await studio?.close();
  studio = undefined;
  await rm(folder, { recursive: true, force: true });
});

/** A release plan as people keep it: their own header names, one bad row, a column of their own. */
async function workbook(): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Releases');
  sheet.addRow(['Wave', 'Target date', 'Category', 'Summary', 'NFR target', 'Owner']);
  sheet.addRow(['Wave 1', new Date(Date.UTC(2027, 5, 30)), 'FR', 'Login with SSO', null, 'Ana']);
  sheet.addRow(['Wave 1', new Date(Date.UTC(2027, 5, 30)), 'NFR', 'Latency under 2 s', 75, 'Bo']);
  sheet.addRow(['Wave 2', 'sometime', 'HW', 'DB server', null, 'Cy']);
  const path = join(folder, 'release-plan.xlsx');
  await book.xlsx.writeFile(path);
  return path;
}

describe('File › Import… (E2E)', () => {
  it('reads a workbook chosen in the dialog, names the row it cannot read, and imports the rest', async () => {
    studio = await launchStudio({ start: 'start-screen', importDialogAnswers: [await workbook()] });
    const { page } = studio;
    await page.getByRole('button', { name: 'Import a spreadsheet…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import release-plan.xlsx' });
    await dialog.waitFor();
    await expect
      .poll(() => dialog.getByRole('list', { name: 'Rows that cannot be read' }).textContent())
      .toMatch(/^Row 4: gives "sometime" as the go-live date/);
    expect(await dialog.getByRole('combobox', { name: 'Column "Owner" is' }).inputValue()).toBe(
      'custom',
    );
    await page.waitForTimeout(400);
    await studio.screenshot('import-dialog');
    await dialog.getByRole('button', { name: 'Import the 2 readable rows' }).click();
    await expect
      .poll(() => page.getByTestId('plan-summary').textContent())
      .toBe('1 delivery · 2 items');
  });
});
