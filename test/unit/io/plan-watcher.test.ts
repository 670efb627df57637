import { mkdtemp, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPlanFile, PlanFiles } from '../../../io/plan-documents';
import { PlanWatcher, type DiskChange } from '../../../io/plan-watcher';
import { seedPlanText } from '../../support/seed';

let folder: string;
let path: string;
let files: PlanFiles;
let watcher: PlanWatcher;
let changes: DiskChange[];

const DEBOUNCE_MS = 40;
/** Long enough for the debounce and the look at the file, short enough for a unit test. */
const SETTLE_MS = 400;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'plan-watcher-'));
  path = join(folder, 'plan.transition');
  await writeFile(path, seedPlanText());
  files = new PlanFiles();
  changes = [];
  watcher = new PlanWatcher({
    onChange: (change) => changes.push(change),
    isOwnVersion: (p, stamp) => files.isOwnVersion(p, stamp),
    isSaving: (p) => files.isSaving(p),
    debounceMs: DEBOUNCE_MS,
  });
});
afterEach(async () => {
  watcher.stop();
  await rm(folder, { recursive: true, force: true });
});

async function watchOpened(): Promise<void> {
  const result = await openPlanFile(path);
  if (!result.ok) throw new Error(result.message);
  watcher.watch(path, result.stamp);
}

async function settle(): Promise<void> {
  await pause(SETTLE_MS);
  await watcher.settled();
}

describe('PlanWatcher', () => {
  it('reports a change another program made, once', async () => {
    await watchOpened();
    await writeFile(path, seedPlanText().replace('Seed example', 'Edited elsewhere'));
    await settle();
    expect(changes).toEqual([{ path, reason: 'changed' }]);
    await utimes(path, new Date(), new Date());
    await settle();
    expect(changes).toHaveLength(1);
  });

  it('says nothing about the app’s own saves, even several in a row', async () => {
    const result = await openPlanFile(path);
    if (!result.ok) throw new Error(result.message);
    watcher.watch(path, result.stamp);
    for (const title of ['One', 'Two', 'Three']) {
      const saved = await files.save(path, seedPlanText().replace('Seed example', title), {
        expected: result.stamp,
        backup: true,
      });
      expect('saved' in saved).toBe(true);
    }
    await settle();
    expect(changes).toEqual([]);
  });

  it('says nothing when the file is only touched', async () => {
    await watchOpened();
    const later = new Date(Date.now() + 5_000);
    await utimes(path, later, later);
    await settle();
    expect(changes).toEqual([]);
  });

  it('reports a deleted file, and a file replaced by rename as changed', async () => {
    await watchOpened();
    await rm(path);
    await settle();
    expect(changes).toEqual([{ path, reason: 'deleted' }]);
    const staged = join(folder, 'staged.tmp');
    await writeFile(staged, seedPlanText().replace('Seed example', 'Restored by git'));
    await rename(staged, path);
    await settle();
    expect(changes).toEqual([
      { path, reason: 'deleted' },
      { path, reason: 'changed' },
    ]);
  });

  it('ignores other files in the folder and stops when told', async () => {
    await watchOpened();
    await writeFile(join(folder, 'other.transition'), '{}');
    await settle();
    expect(changes).toEqual([]);
    watcher.stop();
    await writeFile(path, '{"changed": true}');
    await settle();
    expect(changes).toEqual([]);
  });
});
