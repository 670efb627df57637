import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempFileOwner } from '../../../io/atomic-temp-files';
import { removeStaleTempFiles } from '../../../io/atomic-write';
import { openPlanFile } from '../../../io/plan-documents';
import { runKilledWriter, type KilledWriterOutcome } from '../../support/killed-writer';
import { bundleWriterChild, planTemplate, seededRandom } from '../../support/writer-child';

/**
 * The app's save path (PlanFiles.save: conflict check, atomic write with backup) under SIGKILL
 * at random moments, over 200+ saves of a plan of more than 1.5 MB. After every kill the plan
 * on disk opens as a valid plan and is exactly one version, old or new; the backup too; and the
 * temp files of killed writers are all cleared by removeStaleTempFiles.
 */

const NAME = 'large.transition';
const TITLE = '@@TITLE@@';
const MIN_SAVES = 200;
const MIN_RUNS = 12;
// Runs go on until 200 saves are seen; on a fast or slow machine the kills land at other moments,
// so the cap leaves room for more runs rather than fewer saves.
const MAX_RUNS = 60;
const SAVES_PER_RUN = 40;

let work: string;
let bundle: string;
let child: string;
let templatePath: string;
let template: string;

const CHILD_SOURCE = `
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const [bundle, target, templatePath, run, count] = process.argv.slice(2);
const { PlanFiles, openPlanFile } = await import(pathToFileURL(bundle).href);
const template = readFileSync(templatePath, 'utf8');
const opened = await openPlanFile(target);
if (!opened.ok) { console.error(opened.message); process.exit(3); }
let stamp = opened.stamp;
const files = new PlanFiles();
process.stdout.write('ready\\n');
for (let seq = 1; seq <= Number(count); seq++) {
  const text = template.replace('${TITLE}', 'run ' + run + ' save ' + seq);
  const result = await files.save(target, text, { expected: stamp, backup: true });
  if (!result.saved) { console.error(JSON.stringify(result)); process.exit(4); }
  stamp = result.saved.stamp;
  process.stdout.write('saved ' + seq + '\\n');
}
`;

function version(run: number, seq: number): string {
  return template.replace(TITLE, `run ${String(run)} save ${String(seq)}`);
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'plan-save-crash-'));
  ({ bundle, child } = await bundleWriterChild(work, 'io/plan-documents.ts', CHILD_SOURCE));
  template = planTemplate(12_000, 12, TITLE);
  templatePath = join(work, 'template.json');
  await writeFile(templatePath, template);
}, 60_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

function runWriter(target: string, run: number, killAfterMs: number): Promise<KilledWriterOutcome> {
  return runKilledWriter(
    [child, bundle, target, templatePath, String(run), String(SAVES_PER_RUN)],
    killAfterMs,
  );
}

/** Opens the file as the app does, and checks it is one version, byte for byte. */
async function versionIn(path: string): Promise<{ run: number; seq: number }> {
  const opened = await openPlanFile(path);
  if (!opened.ok) throw new Error(`${path}: ${opened.message}`);
  const match = /^run (\d+) save (\d+)$/u.exec(opened.plan.title);
  if (!match) throw new Error(`${path} holds no known version: ${opened.plan.title}`);
  const found = { run: Number(match[1]), seq: Number(match[2]) };
  expect((await readFile(path, 'utf8')) === version(found.run, found.seq)).toBe(true);
  return found;
}

describe('saving a large plan under SIGKILL', () => {
  it('always leaves one complete, valid version of the plan and no temp files', async () => {
    const started = performance.now();
    expect(Buffer.byteLength(template)).toBeGreaterThan(1.5 * 1024 * 1024);
    const folder = join(work, 'plans');
    await mkdir(folder);
    const target = join(folder, NAME);
    await writeFile(target, version(0, 0));

    const next = seededRandom(20261127);
    let onDisk = { run: 0, seq: 0 };
    let saves = 0;
    let kills = 0;
    let midSave = 0;
    let runs = 0;
    let perSaveMs = 20;
    while (runs < MAX_RUNS && (runs < MIN_RUNS || saves < MIN_SAVES)) {
      runs += 1;
      const outcome = await runWriter(target, runs, next() * perSaveMs * SAVES_PER_RUN * 0.9);
      if (outcome.saved >= 3) perSaveMs = outcome.savingMs / outcome.saved;
      saves += outcome.saved;
      if (outcome.killed) kills += 1;

      const found = await versionIn(target);
      const fromThisRun = found.run === runs && found.seq >= 1 && found.seq <= outcome.saved + 1;
      expect(fromThisRun || (found.run === onDisk.run && found.seq === onDisk.seq)).toBe(true);
      onDisk = found;
      if ((await readdir(folder)).includes(`${NAME}.bak`)) await versionIn(`${target}.bak`);

      // A writer killed while saving also leaves its lock; the next save takes it over at once
      // (its owner is gone), which the next run shows by saving.
      const locks = [`.${NAME}.lock`, `.${NAME}.lock-owner`];
      const leftovers = (await readdir(folder)).filter(
        (n) => n !== NAME && n !== `${NAME}.bak` && !locks.includes(n),
      );
      for (const name of leftovers) expect(tempFileOwner(name, NAME)).toBe(outcome.pid);
      if (leftovers.length > 0) midSave += 1;
      const removed = await removeStaleTempFiles(folder, NAME, { minAgeMs: 0 });
      expect(removed.sort()).toEqual(leftovers.sort());
      expect((await readdir(folder)).filter((n) => !locks.includes(n)).length).toBeLessThanOrEqual(
        2,
      );
    }
    const seconds = (performance.now() - started) / 1000;
    console.info(
      `plan save crash test: ${String(runs)} runs, ${String(saves)} saves of ` +
        `${(Buffer.byteLength(template) / 1024 / 1024).toFixed(1)} MB, ${String(kills)} kills ` +
        `(${String(midSave)} mid-save), ${seconds.toFixed(1)} s`,
    );
    expect(saves).toBeGreaterThanOrEqual(MIN_SAVES);
    expect(kills).toBeGreaterThanOrEqual(runs / 2);
  }, 90_000);
});
