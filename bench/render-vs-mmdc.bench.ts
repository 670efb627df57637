import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'vite';
import { DIAGRAM_VIEWS, buildDiagram } from '../core/diagrams';
import { parsePlanText } from '../core/plan/parse';
import { printFigures, type Figure } from './measure';
import { CHROMIUM_ARGS } from '../io/chromium-flags';

/**
 * The report and the diagram CLI against their references, wall time of whole commands as a
 * user runs them (each starts its own Chromium):
 * - `report --format pdf` of the sample plan against `diagram --view all --format png`
 *   (target ≤ 1.5: one Chromium draws the report's diagrams and prints its PDF);
 * - `diagram --format png` of one view against mermaid-cli's `mmdc` on the same source
 *   (target ≤ 1.0);
 * - five `mmdc` calls against one `diagram --view all` call (target ≥ 3).
 * mmdc is not a dependency: install it outside the checkout (README, Benchmarks) and point
 * MMDC_PATH at it, or put it in /tmp/mmdc; without it the mmdc lines say so and are skipped.
 */
const root = resolve(import.meta.dirname, '../..');
const work = join(root, 'out/bench/render-vs-mmdc');
const RUNS = 3;

function figure(label: string, times: number[]): Figure {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { label, runs: times.length, medianMs: at(0.5), p95Ms: at(0.95) };
}

function timed(command: string, args: string[]): number {
  const start = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr || result.stdout}`);
  }
  return performance.now() - start;
}

function findMmdc(): string | undefined {
  const candidates = [process.env.MMDC_PATH, '/tmp/mmdc/node_modules/.bin/mmdc'];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  const which = spawnSync('which', ['mmdc'], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim() || undefined : undefined;
}

const samplePath = join(root, 'resources/samples/seed-plan.transition.json');
const parsed = parsePlanText(await readFile(samplePath, 'utf8'));
if (!parsed.ok) throw new Error('the sample plan does not validate');
const sample = parsed.plan;

for (const config of ['cli/vite.config.ts', 'cli/diagram-page.vite.config.ts']) {
  await build({
    configFile: join(root, config),
    logLevel: 'warn',
    build: { outDir: work, emptyOutDir: false },
  });
}
const cli = join(work, 'index.js');
const out = await mkdtemp(join(tmpdir(), 'bench-render-vs-mmdc-'));
const node = process.execPath;
const figures: Figure[] = [];
const ratios: [string, number][] = [];
try {
  const pdf: number[] = [];
  const allPng: number[] = [];
  const onePng: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    pdf.push(timed(node, [cli, 'report', samplePath, '--format', 'pdf', '-o', join(out, 'r.pdf')]));
    allPng.push(
      timed(node, [
        cli,
        'diagram',
        samplePath,
        '--view',
        'all',
        '--format',
        'png',
        '-o',
        join(out, 'all'),
      ]),
    );
    onePng.push(
      timed(node, [
        cli,
        'diagram',
        samplePath,
        '--view',
        'streams',
        '--format',
        'png',
        '-o',
        join(out, 's.png'),
      ]),
    );
  }
  const pdfFigure = figure('CLI: report --format pdf', pdf);
  const allFigure = figure('CLI: diagram --view all --format png', allPng);
  const oneFigure = figure('CLI: diagram --view streams --format png', onePng);
  figures.push(pdfFigure, allFigure, oneFigure);
  ratios.push([
    'report pdf / diagram all png (target <= 1.5)',
    pdfFigure.medianMs / allFigure.medianMs,
  ]);

  const mmdc = findMmdc();
  if (mmdc === undefined) {
    console.log(
      'mmdc (mermaid-cli) not found (MMDC_PATH, /tmp/mmdc or PATH): the two comparisons with mmdc are skipped.',
    );
  } else {
    const puppeteer = join(out, 'puppeteer.json');
    await writeFile(
      puppeteer,
      // mmdc's Chromium gets the flags ours runs with, so that the ratio compares renderers.
      JSON.stringify({
        executablePath: '/usr/bin/chromium',
        args: ['--headless', ...CHROMIUM_ARGS],
      }),
    );
    const sources = DIAGRAM_VIEWS.map((view) => {
      const [diagram] = buildDiagram(sample, view).diagrams;
      return { view, path: join(out, `${view}.mmd`), source: diagram?.source ?? '' };
    });
    for (const { path, source } of sources) await writeFile(path, source);
    const mmdcOf = (view: string, path: string): number =>
      timed(mmdc, [
        '-i',
        path,
        '-o',
        join(out, `${view}-mmdc.png`),
        '-s',
        '2',
        '-p',
        puppeteer,
        '-q',
      ]);
    const streams = sources.find((entry) => entry.view === 'streams');
    const one: number[] = [];
    const five: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      if (streams) one.push(mmdcOf('streams', streams.path));
      five.push(sources.reduce((total, { view, path }) => total + mmdcOf(view, path), 0));
    }
    const oneMmdc = figure('mmdc: streams view as PNG at 2x', one);
    const fiveMmdc = figure('mmdc: five calls, one view each', five);
    figures.push(oneMmdc, fiveMmdc);
    ratios.push(
      ['diagram one view png / mmdc (target <= 1.0)', oneFigure.medianMs / oneMmdc.medianMs],
      [
        'five mmdc calls / diagram --view all (target >= 3)',
        fiveMmdc.medianMs / allFigure.medianMs,
      ],
    );
  }
  printFigures(figures, ratios);
} finally {
  await rm(out, { recursive: true, force: true });
}
