/// <reference lib="dom" />
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchStudio, type StudioHarness } from './support/harness';

let studio: StudioHarness | undefined;
let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'studio-report-'));
});
afterEach(async () => {
  await studio?.close();
  studio = undefined;
  await rm(folder, { recursive: true, force: true });
});

/** Runs File › Export report… with one format and waits for the confirmation. */
async function exportAs(harness: StudioHarness, format: string): Promise<void> {
  const { page } = harness;
  await harness.emit('menuCommand', 'exportReport');
  const dialog = page.getByRole('dialog', { name: 'Export report' });
  await dialog.waitFor();
  await dialog.getByText(format, { exact: true }).click();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await page.getByText('Report exported').waitFor({ timeout: 60_000 });
  await dialog.waitFor({ state: 'hidden' });
}

describe('File › Export report… (E2E)', () => {
  it('writes the example plan as HTML with inline SVG diagrams and nothing that runs or fetches, then as Word', async () => {
    const html = join(folder, 'pack.html');
    const docx = join(folder, 'pack.docx');
    studio = await launchStudio({ reportDialogAnswers: [html, docx] });

    await exportAs(studio, 'HTML');
    const page = await readFile(html, 'utf8');
    expect(page).toContain('<h2 id="raci">');
    expect((page.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(5);
    expect(page).not.toMatch(/<script|foreignObject|https?:|\son[a-z]+\s*=/i);
    expect(page).not.toContain('could not be drawn');

    await exportAs(studio, 'Word');
    const entries = unzipSync(new Uint8Array(await readFile(docx)));
    const documentXml = strFromU8(entries['word/document.xml'] ?? new Uint8Array());
    const headings = [
      ...documentXml.matchAll(/<w:pStyle w:val="Heading1"\/>[\s\S]*?<\/w:pPr>([\s\S]*?)<\/w:p>/g),
    ].map((match) =>
      [...(match[1] ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    );
    expect(headings).toContain('Strategy');
    expect(headings).toContain('Sign-off');
    expect(headings.length).toBeGreaterThanOrEqual(15);
    expect(documentXml).not.toContain('could not be drawn');
    expect(Object.keys(entries).some((name) => name.startsWith('word/media/'))).toBe(true);
  });

  it('prints the report to PDF on A4 paper (page.pdf of the harness stands in for printToPDF)', async () => {
    const pdf = join(folder, 'pack.pdf');
    studio = await launchStudio({ reportDialogAnswers: [pdf] });
    await exportAs(studio, 'PDF A4');
    const bytes = await readFile(pdf);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = bytes.toString('latin1');
    expect((text.match(/\/Type\s*\/Page\b/g) ?? []).length).toBeGreaterThanOrEqual(3);
    // A4 is 595 × 842 points.
    expect(text).toMatch(/\/MediaBox\s*\[\s*0\s+0\s+595\.?\d*\s+84[12]\.?\d*\s*\]/);
  });
});
