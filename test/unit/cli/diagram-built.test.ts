import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../../scripts/chromium-path.mjs';
import {
  corners,
  decodePng,
  distinctColours,
  hasPngSignature,
  pngDimensions,
} from '../../support/png';
import { SEED_PLAN_PATH } from '../../support/seed';

/**
 * `diagram --format svg|png` as a user runs it: the CLI and its Chromium page built by the real
 * build configs, started by Node, drawing in the system Chromium.
 */
const root = resolve(import.meta.dirname, '../../..');
const chromium = findChromium();
let folder: string;
let cli: string;

beforeAll(async () => {
  // Inside the checkout, as `npm run build` puts it: the CLI loads playwright-core from
  // node_modules when it draws.
  await mkdir(join(root, 'out'), { recursive: true });
  folder = await mkdtemp(join(root, 'out', 'test-diagram-cli-'));
  if (!chromium) return;
  await build({
    configFile: join(root, 'cli/vite.config.ts'),
    logLevel: 'silent',
    build: { outDir: folder },
  });
  await build({
    configFile: join(root, 'cli/diagram-page.vite.config.ts'),
    logLevel: 'silent',
    build: { outDir: folder },
  });
  cli = join(folder, 'index.js');
}, 120_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

function run(
  ...args: string[]
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: folder });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => {
      done({ status, stdout, stderr });
    });
  });
}

function svgSize(svg: string): { width: number; height: number } {
  const match = /^<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
  if (!match) throw new Error('the SVG has no width and height');
  return { width: Number(match[1]), height: Number(match[2]) };
}

describe.skipIf(!chromium)('the built CLI draws SVG and PNG in Chromium', () => {
  it('writes a standalone SVG with no HTML or script in it', async () => {
    const out = join(folder, 'streams.svg');
    const { status, stderr } = await run(
      'diagram',
      SEED_PLAN_PATH,
      '--view',
      'streams',
      '--format',
      'svg',
      '-o',
      out,
    );
    expect(stderr).toBe(`Wrote ${out}\n`);
    expect(status).toBe(0);
    const svg = await readFile(out, 'utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(/<foreignObject|<script|\son[a-z]+="/i.test(svg)).toBe(false);
    // Mermaid writes each word in a tspan of its own.
    expect(svg.replace(/<[^>]+>/g, '')).toContain('Hardware deliveries');
    expect(svgSize(svg).width).toBeGreaterThan(100);
  });

  it('writes a PNG at the scale asked, transparent at the corners and far from blank', async () => {
    const svgOut = join(folder, 'packaged.svg');
    const pngOut = join(folder, 'packaged.png');
    const common = ['diagram', SEED_PLAN_PATH, '--view', 'packaged', '--padding', '24'];
    expect((await run(...common, '--format', 'svg', '-o', svgOut)).status).toBe(0);
    const png = await run(
      ...common,
      '--format',
      'png',
      '--scale',
      '3',
      '--background',
      'transparent',
      '-o',
      pngOut,
    );
    expect(png.stderr).toBe(`Wrote ${pngOut}\n`);
    expect(png.status).toBe(0);
    const bytes = await readFile(pngOut);
    expect(hasPngSignature(bytes)).toBe(true);
    const svg = svgSize(await readFile(svgOut, 'utf8'));
    const { width, height } = pngDimensions(bytes);
    expect(Math.abs(width - 3 * svg.width)).toBeLessThanOrEqual(1);
    expect(Math.abs(height - 3 * svg.height)).toBeLessThanOrEqual(1);
    const image = decodePng(bytes);
    expect(corners(image).map((pixel) => pixel[3])).toEqual([0, 0, 0, 0]);
    expect(distinctColours(image)).toBeGreaterThan(100);
  });

  it('draws every view in one call, into a folder, on a dark background', async () => {
    const out = join(folder, 'all-dark');
    const { status, stderr } = await run(
      'diagram',
      SEED_PLAN_PATH,
      '--view',
      'all',
      '--format',
      'png',
      '--scale',
      '1',
      '--background',
      'dark',
      '-o',
      out,
    );
    expect(status).toBe(0);
    const names = (await readdir(out)).sort();
    expect(stderr.trim().split('\n')).toHaveLength(names.length);
    for (const view of ['packaged', 'streams', 'cadence', 'approvals', 'ci']) {
      expect(
        names.some((name) => name.startsWith(`seed-example-two-packaged-deliveries-${view}`)),
      ).toBe(true);
    }
    for (const name of names) {
      const image = decodePng(await readFile(join(out, name)));
      // The dark background (#1f2023), opaque, at every corner.
      expect(corners(image)).toEqual(Array.from({ length: 4 }, () => [0x1f, 0x20, 0x23, 255]));
      expect(distinctColours(image)).toBeGreaterThan(20);
    }
  });

  it('says which diagram failed and why, in a sentence', async () => {
    const { status, stdout, stderr } = await run(
      'diagram',
      join(root, 'test/fixtures/missing.transition'),
      '--view',
      'streams',
      '--format',
      'png',
      '-o',
      join(folder, 'never.png'),
    );
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/missing\.transition/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
