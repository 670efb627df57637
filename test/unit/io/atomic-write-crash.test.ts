import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempFileOwner } from '../../../io/atomic-temp-files';
import { removeStaleTempFiles, writeFileAtomic } from '../../../io/atomic-write';
import { runKilledWriter, type KilledWriterOutcome } from '../../support/killed-writer';
import { bundleWriterChild, seededRandom } from '../../support/writer-child';

/**
 * Kills writers with SIGKILL at random moments while they save a large plan again and again.
 * Whatever the moment, the plan on disk must be one complete version, never a mix or a cut.
 * (SIGKILL tests atomicity; durability across power loss rests on the fsyncs, which a test
 * cannot cut the power on.) The children run the real writer, bundled by Vite, since Node 20
 * cannot run TypeScript.
 */

const NAME = 'plan.transition';
const MIN_RUNS = 30;
const MAX_RUNS = 40;
const MIN_SAVES = 200;
const SAVES_PER_RUN = 40;

let work: string;
let bundle: string;
let child: string;
let bodyPath: string;
let body: string;

const CHILD_SOURCE = `
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const [bundle, target, bodyPath, run, count] = process.argv.slice(2);
const { writeFileAtomic } = await import(pathToFileURL(bundle).href);
const body = readFileSync(bodyPath, 'utf8');
process.stdout.write('ready\\n');
for (let seq = 1; seq <= Number(count); seq++) {
  await writeFileAtomic(target, '{"run":' + run + ',"seq":' + seq + ',"plan":' + body + '}\\n', { backup: true });
  process.stdout.write('saved ' + seq + '\\n');
}
`;

/** The exact text of one version: the test can tell every version apart and rebuild it. */
function version(run: number, seq: number): string {
  return `{"run":${run},"seq":${seq},"plan":${body}}\n`;
}

/** A deterministic plan-like document of about 1.5 MB. */
function largePlan(): string {
  const activities = Array.from({ length: 4000 }, (_, i) => ({
    id: `activity-${i}`,
    name: `Migrate component ${i} of release ${i % 17}`,
    description: `Move the packaged delivery ${i} to the stream; owner team ${i % 23}. `.repeat(3),
    dependsOn: [`activity-${Math.max(0, i - 1)}`, `activity-${Math.max(0, i - 7)}`],
  }));
  return JSON.stringify(
    { format: 'transition-studio.plan', schemaVersion: 1, activities },
    null,
    2,
  );
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'atomic-crash-'));
  ({ bundle, child } = await bundleWriterChild(work, 'io/atomic-write.ts', CHILD_SOURCE));
  body = largePlan();
  bodyPath = join(work, 'body.json');
  await writeFile(bodyPath, body);
}, 60_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

function runWriter(folder: string, run: number, killAfterMs: number): Promise<KilledWriterOutcome> {
  return runKilledWriter(
    [child, bundle, join(folder, NAME), bodyPath, String(run), String(SAVES_PER_RUN)],
    killAfterMs,
  );
}

/** Parses a file as one of the versions and checks it is that version byte for byte. */
async function versionIn(path: string): Promise<{ run: number; seq: number }> {
  const text = await readFile(path, 'utf8');
  const parsed = JSON.parse(text) as { run: number; seq: number };
  expect(text === version(parsed.run, parsed.seq), `${path} is exactly a version`).toBe(true);
  return { run: parsed.run, seq: parsed.seq };
}

describe('writeFileAtomic under SIGKILL', () => {
  it('always leaves one complete version of the plan on disk', async () => {
    const started = performance.now();
    const folder = join(work, 'plans');
    await mkdir(folder);
    const target = join(folder, NAME);
    await writeFileAtomic(target, version(0, 0));

    const next = seededRandom(20260501);
    let onDisk = { run: 0, seq: 0 };
    let saves = 0;
    let kills = 0;
    let killsThatLeftTempFiles = 0;
    let runs = 0;
    // Measured on the way (a loaded machine saves slower), so that kills spread over the run.
    let perSaveMs = 5;
    while (runs < MAX_RUNS && (runs < MIN_RUNS || saves < MIN_SAVES)) {
      runs++;
      const outcome = await runWriter(folder, runs, next() * perSaveMs * SAVES_PER_RUN * 0.8);
      if (outcome.saved >= 3) perSaveMs = outcome.savingMs / outcome.saved;
      saves += outcome.saved;

      const found = await versionIn(target);
      const fromThisRun = found.run === runs && found.seq >= 1 && found.seq <= outcome.saved + 1;
      expect(fromThisRun || (found.run === onDisk.run && found.seq === onDisk.seq)).toBe(true);
      if (outcome.saved > 0) expect(found.run).toBe(runs);
      onDisk = found;
      // The first save of all made no backup (nothing to back up); every later one did.
      const hasBackup = (await readdir(folder)).includes(`${NAME}.bak`);
      if (onDisk.seq > 0) expect(hasBackup).toBe(true);
      if (hasBackup) await versionIn(`${target}.bak`);

      const temps = (await readdir(folder)).filter(
        (name) => name !== NAME && name !== `${NAME}.bak`,
      );
      // Only the killed writer's own temp files may remain: its data and its backup copy.
      expect(
        temps.length,
        `${JSON.stringify(temps)} ${JSON.stringify(outcome)}`,
      ).toBeLessThanOrEqual(outcome.killed ? 2 : 0);
      for (const name of temps) expect(tempFileOwner(name, NAME)).toBe(outcome.pid);
      if (outcome.killed) kills++;
      if (temps.length > 0) killsThatLeftTempFiles++;

      const removed = await removeStaleTempFiles(folder, NAME, { minAgeMs: 0 });
      expect(removed.sort()).toEqual(temps.sort());
      expect(await readdir(folder)).toEqual(expect.arrayContaining([NAME]));
      expect((await readdir(folder)).length).toBeLessThanOrEqual(2);
    }
    const seconds = (performance.now() - started) / 1000;
    console.info(
      `crash test: ${runs} runs, ${saves} saves of ${(body.length / 1e6).toFixed(1)} MB, ` +
        `${kills} kills (${killsThatLeftTempFiles} mid-save, temp file left), ${seconds.toFixed(1)} s`,
    );
    expect(runs).toBeGreaterThanOrEqual(MIN_RUNS);
    expect(saves).toBeGreaterThanOrEqual(MIN_SAVES);
    expect(kills).toBeGreaterThanOrEqual(runs / 2);
  }, 60_000);
});
