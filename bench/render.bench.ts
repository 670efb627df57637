import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { loadDiagramPage } from '../cli/diagram-render/chromium-page';
import { DIAGRAM_VIEWS, buildDiagram, type DiagramView } from '../core/diagrams';
import { parsePlanText } from '../core/plan/parse';
import type { Plan } from '../core/plan/schema';
import { generatedPlanText } from './generated-plan';
import { printFigures, type Figure } from './measure';

/**
 * Diagram rendering in one Chromium page, with the app's own code (renderer/src/diagrams):
 * - the app's update path (cache, queue, temporary container, clean-up) against Mermaid's
 *   own `render` of the same source, for each view of the sample plan and of a 300-item plan:
 *   judged by update / raw ≤ 1.10;
 * - an unchanged source: how many renders it costs (must be 0) and how long;
 * - PNG export at 2× against encoding a canvas of the same size: judged by ≤ 1.5;
 * - the CLI drawing all five views as PNG in one call against five calls.
 * Times are printed, never asserted.
 */
const root = resolve(import.meta.dirname, '../..');
const work = join(root, 'out/bench/render');

interface PageCalls {
  benchUpdate(
    source: string,
    theme: 'light',
    changed: boolean,
  ): Promise<{ ms: number; renders: number }>;
  benchRaw(source: string, theme: 'light'): Promise<number>;
  benchPng(source: string, scale: number): Promise<{ ms: number; width: number; height: number }>;
  benchPngFloor(source: string, scale: number): Promise<{ encode: number; drawAndEncode: number }>;
}

function call<K extends keyof PageCalls>(
  page: Page,
  name: K,
  ...args: Parameters<PageCalls[K]>
): ReturnType<PageCalls[K]> {
  return page.evaluate(
    ([method, values]) => {
      const api = (
        globalThis as unknown as { diagramPage: Record<string, (...a: unknown[]) => unknown> }
      ).diagramPage;
      return api[method]?.(...values);
    },
    [name, args] as const,
  ) as ReturnType<PageCalls[K]>;
}

function figure(label: string, times: number[]): Figure {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { label, runs: times.length, medianMs: at(0.5), p95Ms: at(0.95) };
}

function planFrom(text: string): Plan {
  const parsed = parsePlanText(text);
  if (!parsed.ok) throw new Error('a benchmark plan does not validate');
  return parsed.plan;
}

async function buildPage(outDir: string): Promise<void> {
  await build({
    configFile: join(root, 'cli/diagram-page.vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: false },
  });
}

async function compareUpdatePath(page: Page, name: string, plan: Plan, runs: number) {
  const figures: Figure[] = [];
  const ratios: [string, number][] = [];
  let updateTotal = 0;
  let rawTotal = 0;
  for (const view of DIAGRAM_VIEWS) {
    const sources = buildDiagram(plan, view).diagrams.map((diagram) => diagram.source);
    const update: number[] = [];
    const raw: number[] = [];
    // One warm-up each (Mermaid loads the diagram type's code on first use).
    for (const source of sources) {
      await call(page, 'benchUpdate', source, 'light', true);
      await call(page, 'benchRaw', source, 'light');
    }
    for (let run = 0; run < runs; run += 1) {
      // Alternated, so that drift (GC, the other cores' load) hits both alike.
      let u = 0;
      let r = 0;
      for (const source of sources) {
        u += (await call(page, 'benchUpdate', source, 'light', true)).ms;
        r += await call(page, 'benchRaw', source, 'light');
      }
      update.push(u);
      raw.push(r);
    }
    const label = `${name} ${view} (${String(sources.length)} diagram${sources.length === 1 ? '' : 's'})`;
    const u = figure(`${label}: update path`, update);
    const r = figure(`${label}: mermaid.render`, raw);
    figures.push(u, r);
    ratios.push([`${name} ${view}: update / raw (target <= 1.10)`, u.medianMs / r.medianMs]);
    updateTotal += u.medianMs;
    rawTotal += r.medianMs;
  }
  ratios.push([`${name}, all views: update / raw (target <= 1.10)`, updateTotal / rawTotal]);
  return { figures, ratios };
}

async function unchangedSource(page: Page, plan: Plan, view: DiagramView) {
  const [diagram] = buildDiagram(plan, view).diagrams;
  const source = diagram?.source ?? '';
  await call(page, 'benchUpdate', source, 'light', true);
  const times: number[] = [];
  let renders = 0;
  for (let run = 0; run < 200; run += 1) {
    const answer = await call(page, 'benchUpdate', source, 'light', false);
    times.push(answer.ms);
    renders += answer.renders;
  }
  return { figure: figure(`unchanged ${view} source: update path`, times), renders };
}

async function pngExport(page: Page, plan: Plan, view: DiagramView, runs: number) {
  const [diagram] = buildDiagram(plan, view).diagrams;
  const source = diagram?.source ?? '';
  const png: number[] = [];
  const floor: number[] = [];
  const drawn: number[] = [];
  let size = '';
  await call(page, 'benchPng', source, 2);
  await call(page, 'benchPngFloor', source, 2);
  for (let run = 0; run < runs; run += 1) {
    const answer = await call(page, 'benchPng', source, 2);
    size = `${String(answer.width)}×${String(answer.height)}`;
    png.push(answer.ms);
    const floors = await call(page, 'benchPngFloor', source, 2);
    floor.push(floors.encode);
    drawn.push(floors.drawAndEncode);
  }
  return {
    png: figure(`PNG export 2× of ${view} (${size})`, png),
    floor: figure('canvas toBlob of the same size (floor)', floor),
    drawn: figure('rasterise the SVG + toBlob (browser share)', drawn),
  };
}

function timeCli(cli: string, args: string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`the CLI failed: ${result.stderr}`);
  return performance.now() - start;
}

async function cliOneCallVersusFive(samplePath: string, runs: number) {
  const cliDir = join(work, 'cli');
  await build({
    configFile: join(root, 'cli/vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: cliDir },
  });
  await buildPage(cliDir);
  const cli = join(cliDir, 'index.js');
  const out = await mkdtemp(join(tmpdir(), 'bench-render-cli-'));
  const common = ['--format', 'png', '--scale', '2'];
  const one: number[] = [];
  const five: number[] = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      one.push(
        timeCli(cli, ['diagram', samplePath, '--view', 'all', ...common, '-o', join(out, 'all')]),
      );
      let total = 0;
      for (const view of DIAGRAM_VIEWS) {
        total += timeCli(cli, [
          'diagram',
          samplePath,
          '--view',
          view,
          ...common,
          '-o',
          join(out, view),
        ]);
      }
      five.push(total);
    }
  } finally {
    await rm(out, { recursive: true, force: true });
  }
  return {
    one: figure('CLI: all five views as PNG, one call', one),
    five: figure('CLI: five calls, one view each', five),
  };
}

const samplePath = join(root, 'resources/samples/seed-plan.transition.json');
const sample = planFrom(await readFile(samplePath, 'utf8'));
const large = planFrom(generatedPlanText(300));

await buildPage(work);
const loaded = await loadDiagramPage(process.env, join(work, 'diagram-page.js'));
try {
  const { page } = loaded;
  const small = await compareUpdatePath(page, 'sample', sample, 11);
  const big = await compareUpdatePath(page, '300 items', large, 5);
  const unchanged = await unchangedSource(page, large, 'streams');
  const export2x = await pngExport(page, sample, 'streams', 9);
  const cli = await cliOneCallVersusFive(samplePath, 3);
  printFigures(
    [
      ...small.figures,
      ...big.figures,
      unchanged.figure,
      export2x.png,
      export2x.floor,
      export2x.drawn,
      cli.one,
      cli.five,
    ],
    [
      ...small.ratios,
      ...big.ratios,
      [
        'PNG export 2× / canvas encode (target <= 1.5)',
        export2x.png.medianMs / export2x.floor.medianMs,
      ],
      ['CLI one call / five calls', cli.one.medianMs / cli.five.medianMs],
    ],
  );
  console.log(
    `renders for 200 updates of an unchanged source: ${String(unchanged.renders)} (must be 0)`,
  );
} finally {
  await loaded.close();
}
