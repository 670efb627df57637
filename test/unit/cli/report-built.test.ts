import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../../scripts/chromium-path.mjs';
import { decodePng, distinctColours, pngDimensions } from '../../support/png';
import { REPORT_SECTION_TITLES } from '../../support/report-sections';
import { SEED_PLAN_PATH } from '../../support/seed';

/**
 * `report --format html|pdf|docx` as a user runs it: the built CLI and its Chromium page. The
 * PDF is rendered back to pages with poppler's pdftoppm; the Word file is unzipped and read.
 */
const root = resolve(import.meta.dirname, '../../..');
const chromium = findChromium();
const PDFTOPPM = '/usr/bin/pdftoppm';
let folder: string;
let cli: string;

beforeAll(async () => {
  await mkdir(join(root, 'out'), { recursive: true });
  folder = await mkdtemp(join(root, 'out', 'test-report-cli-'));
  if (!chromium) return;
  for (const config of ['cli/vite.config.ts', 'cli/diagram-page.vite.config.ts']) {
    await build({ configFile: join(root, config), logLevel: 'silent', build: { outDir: folder } });
  }
  cli = join(folder, 'index.js');
}, 120_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

function run(...args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: folder });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => {
      done({ status, stderr });
    });
  });
}

describe.skipIf(!chromium)('the built CLI writes the report', () => {
  it('as self-contained HTML: every section, SVG diagrams, no script, event attribute, foreignObject or URL', async () => {
    const out = join(folder, 'seed.html');
    const { status, stderr } = await run('report', SEED_PLAN_PATH, '--format', 'html', '-o', out);
    expect(stderr).toBe(`Wrote ${out}\n`);
    expect(status).toBe(0);
    const html = await readFile(out, 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/foreignObject/i);
    expect(html).not.toMatch(/https?:/i);
    expect(html.match(/<svg[\s>]/g)?.length).toBeGreaterThanOrEqual(5);
    for (const title of REPORT_SECTION_TITLES) {
      expect(html).toContain(`>${title.replace(/:/g, '&#58;')}</h2>`);
    }
  }, 60_000);

  it.skipIf(!existsSync(PDFTOPPM))(
    'as PDF on A4 or Letter, pages numbered, that renders to pages far from blank',
    async () => {
      for (const paper of ['a4', 'letter'] as const) {
        const out = join(folder, `seed-${paper}.pdf`);
        const { status } = await run(
          'report',
          SEED_PLAN_PATH,
          '--format',
          'pdf',
          '--paper',
          paper,
          '-o',
          out,
        );
        expect(status).toBe(0);
        const pdf = await readFile(out);
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        const pages = join(folder, `pages-${paper}`);
        await mkdir(pages);
        const rendered = spawnSync(PDFTOPPM, ['-r', '40', '-png', out, join(pages, 'p')]);
        expect(rendered.status).toBe(0);
        const files = (await readdir(pages)).sort();
        expect(files.length).toBeGreaterThanOrEqual(5);
        for (const file of files) {
          const png = await readFile(join(pages, file));
          const { width, height } = pngDimensions(png);
          // A4 is 210 × 297 mm, Letter 8.5 × 11 in.
          expect(height / width).toBeCloseTo(paper === 'a4' ? 297 / 210 : 11 / 8.5, 1);
          expect(distinctColours(decodePng(png)), file).toBeGreaterThan(8);
        }
      }
    },
    120_000,
  );

  it('as Word: the sections as headings and the diagrams as PNG images', async () => {
    const out = join(folder, 'seed.docx');
    const { status } = await run('report', SEED_PLAN_PATH, '--format', 'docx', '-o', out);
    expect(status).toBe(0);
    const entries = unzipSync(new Uint8Array(await readFile(out)));
    const documentXml = strFromU8(entries['word/document.xml'] ?? new Uint8Array());
    const headings = [
      ...documentXml.matchAll(/<w:pStyle w:val="Heading1"\/>[\s\S]*?<\/w:pPr>([\s\S]*?)<\/w:p>/g),
    ].map((match) =>
      [...(match[1] ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    );
    expect(headings).toEqual(REPORT_SECTION_TITLES.map((title) => title.replace(/&/g, '&amp;')));
    // Every heading stays on the page of what it heads (a diagram's title never ends a page).
    const headingProperties = [
      ...documentXml.matchAll(
        /<w:pPr>(?:(?!<\/w:pPr>)[\s\S])*?<w:pStyle w:val="Heading[12]"\/>[\s\S]*?<\/w:pPr>/g,
      ),
    ];
    expect(headingProperties.length).toBeGreaterThan(REPORT_SECTION_TITLES.length);
    for (const [properties] of headingProperties) expect(properties).toContain('<w:keepNext/>');
    const images = Object.keys(entries).filter((name) => name.startsWith('word/media/'));
    expect(images.length).toBeGreaterThanOrEqual(5);
    for (const name of images) {
      const png = entries[name] ?? new Uint8Array();
      expect(distinctColours(decodePng(png)), name).toBeGreaterThan(8);
    }
  }, 60_000);
});
