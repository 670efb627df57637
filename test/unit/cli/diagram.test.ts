import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../cli/main';
import { DIAGRAM_VIEWS, buildDiagram } from '../../../core/diagrams';
import { SEED_PLAN_PATH, loadSeedPlan } from '../../support/seed';
import { captureIo } from './capture-io';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'cli-diagram-'));
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(folder, { recursive: true, force: true });
});

const SLUG = 'seed-example-two-packaged-deliveries';

/** Files every view makes, as the generator splits them. */
function expectedFileNames(extension: string): string[] {
  const plan = loadSeedPlan();
  return DIAGRAM_VIEWS.flatMap((view) => {
    const count = buildDiagram(plan, view).diagrams.length;
    return count === 1
      ? [`${SLUG}-${view}.${extension}`]
      : Array.from({ length: count }, (_, i) => `${SLUG}-${view}-${String(i + 1)}.${extension}`);
  }).sort();
}

describe('transition-studio diagram --format mmd (no browser needed)', () => {
  it('prints the Mermaid source of one view, as the app generates it', async () => {
    const io = captureIo();
    expect(await main(['diagram', SEED_PLAN_PATH, '--view', 'streams'], io)).toBe(0);
    const [diagram] = buildDiagram(loadSeedPlan(), 'streams').diagrams;
    expect(io.stdout()).toBe(`${diagram?.source.trimEnd() ?? ''}\n`);
    expect(io.stderrLines()).toEqual([]);
  });

  it('writes one view to the file -o names', async () => {
    const io = captureIo();
    const out = join(folder, 'streams.mmd');
    expect(await main(['diagram', SEED_PLAN_PATH, '--view', 'streams', '-o', out], io)).toBe(0);
    expect(await readFile(out, 'utf8')).toMatch(/^flowchart /);
    expect(io.stdout()).toBe('');
    expect(io.stderrLines()).toEqual([`Wrote ${out}`]);
  });

  it('writes one view into -o when it is an existing folder, under the app’s file name', async () => {
    const io = captureIo();
    expect(await main(['diagram', SEED_PLAN_PATH, '--view', 'packaged', '-o', folder], io)).toBe(0);
    expect(await readdir(folder)).toEqual([`${SLUG}-packaged.mmd`]);
    expect(await readFile(join(folder, `${SLUG}-packaged.mmd`), 'utf8')).toMatch(/^gantt/m);
  });

  it('writes every view with --view all into the folder -o names (created if missing)', async () => {
    const io = captureIo();
    const out = join(folder, 'diagrams');
    expect(await main(['diagram', SEED_PLAN_PATH, '--view', 'all', '-o', out], io)).toBe(0);
    expect((await readdir(out)).sort()).toEqual(expectedFileNames('mmd'));
  });

  it('takes --view repeated or comma-separated, each view once', async () => {
    const io = captureIo();
    const args = ['--view', 'ci,streams', '--view', 'streams', '-o', folder];
    expect(await main(['diagram', SEED_PLAN_PATH, ...args], io)).toBe(0);
    const names = await readdir(folder);
    const ofView = (view: string) => names.filter((name) => name.startsWith(`${SLUG}-${view}`));
    expect(ofView('streams').length).toBeGreaterThan(0);
    expect(ofView('ci').length).toBeGreaterThan(0);
    expect(names).toHaveLength(ofView('streams').length + ofView('ci').length);
  });

  it('exits 1 with the file named for a plan that does not validate', async () => {
    const broken = join(folder, 'broken.transition');
    await writeFile(broken, '{"format":"transition-studio.plan","schemaVersion":1}');
    const io = captureIo();
    expect(await main(['diagram', broken, '--view', 'streams'], io)).toBe(1);
    expect(io.stdout()).toBe('');
    expect(io.stderrLines()[0]).toMatch(/^.*broken\.transition: /);
  });
});

describe('transition-studio diagram usage errors (exit 2)', () => {
  it.each([
    [[], /give --view \(packaged, streams, cadence, approvals, ci or all/],
    [['--view', 'timeline'], /unknown view "timeline"/],
    [['--view', 'streams', '--format', 'gif'], /unknown format "gif" \(use mmd, svg or png\)/],
    [['--view', 'streams', '--format', 'png', '--scale', '5'], /--scale must be between 1 and 4/],
    [['--view', 'streams', '--format', 'png', '--scale', 'big'], /--scale must be a number/],
    [['--view', 'streams', '--format', 'svg', '--scale', '2'], /--scale applies to --format png/],
    [['--view', 'streams', '--background', 'dark'], /--background and --padding apply to/],
    [['--view', 'streams', '--format', 'svg', '--background', 'pink'], /unknown background/],
    [['--view', 'streams', '--format', 'png'], /a PNG is binary: give -o <file\.png>/],
    [['--view', 'all'], /give -o <folder> \(one file per diagram\)/],
    [['--view', 'streams', '--colour'], /Unknown option '--colour'/],
  ])('%j', async (args, message) => {
    const io = captureIo();
    expect(await main(['diagram', SEED_PLAN_PATH, ...args], io)).toBe(2);
    expect(io.stdout()).toBe('');
    expect(io.stderrLines()[0]).toMatch(message);
    expect(io.stderrLines().join('\n')).not.toMatch(/\n\s+at /);
  });

  it('refuses a file for -o when several diagrams are written', async () => {
    const file = join(folder, 'taken.txt');
    await writeFile(file, 'keep');
    const io = captureIo();
    expect(await main(['diagram', SEED_PLAN_PATH, '--view', 'all', '-o', file], io)).toBe(2);
    expect(io.stderrLines()[0]).toMatch(/is a file, but \d+ diagrams need a folder/);
    expect(await readFile(file, 'utf8')).toBe('keep');
  });
});

describe('transition-studio diagram --format svg|png without a browser', () => {
  it('says in one line that no Chromium was found, and exits 1', async () => {
    vi.stubEnv('CHROMIUM_PATH', join(folder, 'no-such-chromium'));
    const io = captureIo();
    const out = join(folder, 'x.svg');
    const args = ['--view', 'streams', '--format', 'svg', '-o', out];
    expect(await main(['diagram', SEED_PLAN_PATH, ...args], io)).toBe(1);
    expect(io.stderrLines()).toHaveLength(1);
    expect(io.stderrLines()[0]).toMatch(
      /^transition-studio diagram: SVG and PNG need a Chromium, and CHROMIUM_PATH \(".*no-such-chromium"\) is not an executable\. .*--format mmd, needs none/,
    );
    expect(await readdir(folder)).toEqual([]);
  });
});
