/// <reference lib="dom" />
// page.evaluate callbacks run in the browser.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { DIAGRAM_VIEWS, DIAGRAM_VIEW_TITLES, type DiagramView } from '../../core/diagrams';
import {
  corners,
  decodePng,
  distinctColours,
  hasPngSignature,
  pngDimensions,
} from '../support/png';
import { launchStudio, repoRoot, screenshotDir, type StudioHarness } from './support/harness';
import { writeLongTitlePlan } from './support/long-title-plan';

let studio: StudioHarness | undefined;
const folders: string[] = [];

afterEach(async () => {
  await studio?.close();
  studio = undefined;
  await Promise.all(
    folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })),
  );
});

async function tempFolder(prefix: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), prefix));
  folders.push(folder);
  return folder;
}

const SLUG = 'seed-example-two-packaged-deliveries';

/** Mantine's segmented controls hide the radio inputs; a user clicks their labels. */
async function pick(scope: Page | Locator, name: string): Promise<void> {
  const id = await scope.getByRole('radio', { name, exact: true }).getAttribute('id');
  await scope.locator(`label[for="${id ?? ''}"]`).click();
}

async function showView(page: Page, view: DiagramView): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Sections' }).getByRole('button', {
    name: /^Diagrams/,
  });
  if ((await nav.getAttribute('aria-current')) !== 'page') await nav.click();
  await pick(page, DIAGRAM_VIEW_TITLES[view]);
  const panel = page.getByTestId(`diagram-panel-${view}`);
  await panel.waitFor();
  // Every diagram of the view drawn (or failed with a sentence): no loader left.
  await expect
    .poll(
      () =>
        panel.evaluate(
          (element) =>
            element.querySelectorAll('[data-testid="diagram"]').length > 0 &&
            Array.from(element.querySelectorAll('[data-testid="diagram"]')).every(
              (diagram) =>
                diagram.getAttribute('aria-busy') === 'false' &&
                diagram.querySelector(
                  '[data-testid="diagram-svg"] svg, [data-testid="diagram-failure"]',
                ) !== null,
            ),
        ),
      { timeout: 30_000 },
    )
    .toBe(true);
}

async function openExportDialog(page: Page) {
  await page.getByRole('button', { name: 'Export…' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  return dialog;
}

async function choose(page: Page, name: string): Promise<void> {
  await pick(page.getByRole('dialog'), name);
}

async function exportThrough(page: Page, settings: string[]): Promise<void> {
  const dialog = await openExportDialog(page);
  for (const name of settings) await choose(page, name);
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect
    .poll(() => page.getByText(/^Saved /).count(), { timeout: 30_000 })
    .toBeGreaterThan(0);
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

function svgSize(svg: string): { width: number; height: number } {
  const match = /^<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
  if (!match) throw new Error('the SVG has no width and height');
  return { width: Number(match[1]), height: Number(match[2]) };
}

describe('diagrams in Chromium', () => {
  it('draws every view of the sample plan, with no HTML inside and nothing left behind', async () => {
    studio = await launchStudio();
    const { page } = studio;
    await expect.poll(() => page.getByTestId('plan-item').count()).toBe(27);
    await mkdir(screenshotDir, { recursive: true });
    for (const view of DIAGRAM_VIEWS) {
      await showView(page, view);
      const panel = page.getByTestId(`diagram-panel-${view}`);
      expect(await panel.getByTestId('diagram-failure').count()).toBe(0);
      const facts = await panel.evaluate((element) => {
        const svgs = Array.from(element.querySelectorAll('[data-testid="diagram-svg"] svg'));
        return {
          count: svgs.length,
          foreignObjects: element.querySelectorAll('foreignObject').length,
          texts: svgs.map((svg) => svg.querySelectorAll('text').length),
          sizes: svgs.map((svg) => svg.getBoundingClientRect().width),
        };
      });
      expect(facts.count).toBeGreaterThan(0);
      expect(facts.foreignObjects).toBe(0);
      expect(facts.texts.every((count) => count > 3)).toBe(true);
      expect(facts.sizes.every((width) => width > 50)).toBe(true);
      await page.getByTestId(`diagram-panel-${view}`).screenshot({
        path: join(screenshotDir, `diagram-${view}.png`),
      });
    }
    // Mermaid's working elements are removed after every render.
    expect(await page.locator('[id^="dts-diagram-"], [id$="-host"]').count()).toBe(0);
    expect(studio.consoleErrors).toEqual([]);
  });

  it('draws in the dark colour scheme with Mermaid’s dark theme', async () => {
    studio = await launchStudio({ colorScheme: 'dark' });
    const { page } = studio;
    await showView(page, 'streams');
    const fill = await page.getByTestId('diagram-panel-streams').evaluate((element) => {
      const node = element.querySelector('.node rect, .node polygon');
      return node ? getComputedStyle(node).fill : '';
    });
    // The light theme fills nodes with #ECECFF; the dark theme with a dark colour.
    expect(fill).not.toBe('rgb(236, 236, 255)');
    await page.getByTestId('diagram-panel-streams').screenshot({
      path: join(screenshotDir, 'diagram-streams-dark.png'),
    });
  });

  it('zooms with the buttons and the keyboard', async () => {
    studio = await launchStudio();
    const { page } = studio;
    await showView(page, 'packaged');
    const panel = page.getByTestId('diagram-panel-packaged');
    const scale = () =>
      panel.evaluate((element) => {
        const content = element.querySelector('[data-testid="diagram-svg"]')?.parentElement;
        return content ? new DOMMatrix(getComputedStyle(content).transform).a : NaN;
      });
    const before = await scale();
    await panel.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(scale).toBeGreaterThan(before);
    const zoomed = await scale();
    await panel.getByRole('group', { name: /drag to pan/ }).focus();
    await page.keyboard.press('-');
    await expect.poll(scale).toBeLessThan(zoomed);
  });
});

describe('export, through the real main-process handlers', () => {
  it('writes PNG, SVG, Mermaid source and the report, each checked', async () => {
    const folder = await tempFolder('studio-export-e2e-');
    const paths = {
      png2: join(folder, 'streams-2x.png'),
      png1: join(folder, 'streams-1x.png'),
      svg: join(folder, 'streams.svg'),
      mmd: join(folder, 'streams.mmd'),
      md: join(folder, 'report.md'),
    };
    studio = await launchStudio({
      exportDialogAnswers: [paths.png2, paths.png1, paths.svg, paths.mmd, paths.md],
    });
    const { page } = studio;
    await showView(page, 'streams');

    await exportThrough(page, ['PNG image', '2×', 'Transparent']);
    await exportThrough(page, ['PNG image', '1×', 'White']);
    await exportThrough(page, ['SVG image', 'White']);
    await exportThrough(page, ['Mermaid source']);
    await exportThrough(page, ['Markdown report']);

    const svg = await readFile(paths.svg, 'utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(/<foreignObject|<script|\son[a-z]+="/i.test(svg)).toBe(false);
    const size = svgSize(svg);

    const png2 = await readFile(paths.png2);
    expect(hasPngSignature(png2)).toBe(true);
    const dims2 = pngDimensions(png2);
    expect(Math.abs(dims2.width - 2 * size.width)).toBeLessThanOrEqual(1);
    expect(Math.abs(dims2.height - 2 * size.height)).toBeLessThanOrEqual(1);
    const image2 = decodePng(png2);
    expect(corners(image2).map((pixel) => pixel[3])).toEqual([0, 0, 0, 0]);
    expect(distinctColours(image2)).toBeGreaterThan(200);

    const image1 = decodePng(await readFile(paths.png1));
    expect(Math.abs(image1.width - size.width)).toBeLessThanOrEqual(1);
    expect(corners(image1)).toEqual(Array.from({ length: 4 }, () => [255, 255, 255, 255]));
    expect(distinctColours(image1)).toBeGreaterThan(50);

    expect(await readFile(paths.mmd, 'utf8')).toMatch(/^flowchart /);
    const report = await readFile(paths.md, 'utf8');
    expect(report).toMatch(/^# Seed example: two packaged deliveries\n/);
    expect(report).toContain('```mermaid');
    expect(studio.consoleErrors).toEqual([]);
  });

  it('exports the packaged Gantt with its go-live labels inside the picture, clear of the names', async () => {
    const folder = await tempFolder('studio-export-gantt-');
    const target = join(folder, 'packaged.svg');
    // Five deliveries of a hundred items each (72 of them go live): the last go-live sits at the
    // chart's right edge.
    const plan = await writeLongTitlePlan();
    studio = await launchStudio({
      start: 'start-screen',
      openDialogAnswers: [plan],
      exportDialogAnswers: [target],
    });
    const { page } = studio;
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.getByTestId('document-title').waitFor();
    await showView(page, 'packaged');
    await exportThrough(page, ['SVG image', 'White']);

    // The exported file as another program shows it: alone, at its own size.
    const viewer = await page.context().newPage();
    await viewer.setContent(
      `<!doctype html><body style="margin:0">${await readFile(target, 'utf8')}</body>`,
    );
    const labels = await viewer.evaluate(() => {
      const svg = document.querySelector('svg');
      const texts = Array.from(document.querySelectorAll('text'));
      const box = svg?.getBoundingClientRect();
      const overlaps = (a: DOMRect, b: DOMRect) =>
        a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      return texts
        .filter((text) => text.textContent.startsWith('Go-live'))
        .map((text) => {
          const rect = text.getBoundingClientRect();
          return {
            text: text.textContent.trim(),
            inside: box !== undefined && rect.left >= box.left && rect.right <= box.right,
            overlapping: texts
              .filter((other) => other !== text && other.textContent.trim() !== '')
              .filter((other) => overlaps(rect, other.getBoundingClientRect()))
              .map((other) => other.textContent.trim()),
          };
        });
    });
    await viewer.close();
    expect(labels).toEqual(
      [72, 72, 72, 72, 72].map((count) => ({
        text: `Go-live · ${String(count)} items`,
        inside: true,
        overlapping: [],
      })),
    );
    expect(studio.consoleErrors).toEqual([]);
  });

  it('exports all views into a chosen folder, never over an existing file', async () => {
    const folder = await tempFolder('studio-export-all-');
    await writeFile(join(folder, `${SLUG}-packaged.svg`), 'an older export');
    studio = await launchStudio({ folderDialogAnswers: [folder] });
    const { page } = studio;
    await showView(page, 'packaged');
    const dialog = await openExportDialog(page);
    await choose(page, 'SVG image');
    await dialog.getByRole('button', { name: 'Export all views…' }).click();
    const summary = dialog.getByTestId('export-summary');
    await summary.waitFor({ timeout: 60_000 });
    const names = (await readdir(folder)).sort();
    for (const view of DIAGRAM_VIEWS) {
      expect(names.some((name) => name.startsWith(`${SLUG}-${view}`))).toBe(true);
    }
    expect(names).toContain(`${SLUG}-packaged-2.svg`);
    expect(await readFile(join(folder, `${SLUG}-packaged.svg`), 'utf8')).toBe('an older export');
    expect(await summary.textContent()).toContain(`Wrote ${String(names.length - 1)} files`);
    for (const name of names.filter((n) => n !== `${SLUG}-packaged.svg`)) {
      const svg = await readFile(join(folder, name), 'utf8');
      expect(/<foreignObject|<script/i.test(svg)).toBe(false);
    }
    await studio.screenshot('diagram-export-all');
  });

  it('exports from File › Export…', async () => {
    const folder = await tempFolder('studio-export-menu-');
    const target = join(folder, 'from-menu.mmd');
    studio = await launchStudio({ exportDialogAnswers: [target] });
    const { page } = studio;
    await showView(page, 'packaged');
    await studio.emit('menuCommand', 'export');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await choose(page, 'Mermaid source');
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await expect.poll(() => readFile(target, 'utf8').catch(() => '')).toMatch(/^gantt/m);
  });
});

describe('a hostile plan', () => {
  it('renders its texts as text, and no script runs', async () => {
    const sample = JSON.parse(
      await readFile(join(repoRoot, 'resources/samples/seed-plan.transition.json'), 'utf8'),
    ) as {
      title: string;
      service: { name: string };
      packagedPlan: { deliveries: { name: string; items: { title: string }[] }[] };
    };
    const hostile = [
      '<img src=x onerror="window.__pwned=1">',
      '"]-->X[',
      '%%{init: {"securityLevel":"loose"}}%%',
      'click n1 call alert(1)',
      '<script>window.__pwned=2</script>',
      'a;b#c`d',
    ];
    sample.title = `Plan ${hostile[0] ?? ''}`;
    sample.service.name = hostile[2] ?? '';
    const [first, second] = sample.packagedPlan.deliveries;
    if (!first || !second) throw new Error('the sample plan changed');
    first.name = hostile[1] ?? '';
    hostile.forEach((text, index) => {
      const item = first.items[index];
      if (item) item.title = text;
    });
    second.items.forEach((item, index) => {
      item.title = `${hostile[index % hostile.length] ?? ''} ${String(index)}`;
    });
    const folder = await tempFolder('studio-hostile-');
    const file = join(folder, 'hostile.transition');
    await writeFile(file, JSON.stringify(sample));

    studio = await launchStudio({ openDialogAnswers: [file] });
    const { page } = studio;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await expect.poll(() => page.getByTestId('plan-item').count()).toBe(27);
    await studio.emit('menuCommand', 'open');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe(sample.title);

    for (const view of DIAGRAM_VIEWS) {
      await showView(page, view);
      const panel = page.getByTestId(`diagram-panel-${view}`);
      expect(await panel.getByTestId('diagram-failure').count()).toBe(0);
      const facts = await panel.evaluate((element) => {
        const drawn = element.querySelectorAll('[data-testid="diagram-svg"]');
        const text = Array.from(drawn)
          .map((svg) => svg.textContent)
          .join(' ');
        const all = Array.from(element.querySelectorAll('[data-testid="diagram-svg"] *'));
        return {
          text,
          injected: element.querySelectorAll(
            '[data-testid="diagram-svg"] img, [data-testid="diagram-svg"] script, [data-testid="diagram-svg"] foreignObject, [data-testid="diagram-svg"] a',
          ).length,
          handlers: all.filter((node) =>
            node.getAttributeNames().some((name) => name.toLowerCase().startsWith('on')),
          ).length,
        };
      });
      expect(facts.injected).toBe(0);
      expect(facts.handlers).toBe(0);
      if (view === 'streams') {
        // The texts are there, as text (Mermaid may break them into words).
        const flat = facts.text.replace(/\s+/g, '');
        expect(flat).toContain('onerror="window.__pwned=1"'.replace(/\s+/g, ''));
        expect(flat).toContain('clickn1callalert(1)');
      }
      await page.getByTestId(`diagram-panel-${view}`).screenshot({
        path: join(screenshotDir, `diagram-hostile-${view}.png`),
      });
    }
    await page.waitForTimeout(300);
    const pwned = await page.evaluate(
      () => (globalThis as unknown as { __pwned?: unknown }).__pwned,
    );
    expect(pwned).toBeUndefined();
    expect(dialogs).toEqual([]);
  });
});
