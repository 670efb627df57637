import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeStaleTempFiles, tempFileName, tempFileOwner } from '../../../io/atomic-temp-files';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'atomic-temp-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const NOW = Date.parse('2026-05-01T12:00:00Z');
const DEAD = 999_991;
const LIVE = 4242;

async function fileAged(name: string, ageMs: number): Promise<void> {
  const path = join(folder, name);
  await writeFile(path, 'partial');
  const time = new Date(NOW - ageMs);
  await utimes(path, time, time);
}

describe('temp file names', () => {
  it('are hidden, carry the pid, and are recognised for their target only', () => {
    const name = tempFileName('plan.transition');
    expect(name).toMatch(
      new RegExp(`^\\.plan\\.transition\\.${process.pid}\\.[0-9a-f]{12}\\.tmp$`),
    );
    expect(tempFileOwner(name, 'plan.transition')).toBe(process.pid);
    expect(tempFileOwner(tempFileName('plan.transition', 'backup'), 'plan.transition')).toBe(
      process.pid,
    );
    expect(tempFileOwner(name, 'other.transition')).toBeUndefined();
    expect(tempFileOwner(name, 'plan')).toBeUndefined();
    expect(tempFileOwner('plan.transition', 'plan.transition')).toBeUndefined();
  });

  it('stay within 255 bytes for the longest names', () => {
    const long = `${'é'.repeat(120)}.transition`; // 251 bytes of UTF-8
    const name = tempFileName(long, 'backup');
    expect(Buffer.byteLength(name)).toBeLessThan(255);
    expect(tempFileOwner(name, long)).toBe(process.pid);
  });
});

describe('removeStaleTempFiles', () => {
  it('removes what writers that are gone left behind, and nothing else', async () => {
    const dead = `.plan.transition.${DEAD}.0123456789ab.tmp`;
    const deadBackup = `.plan.transition.bak.${DEAD}.0123456789ab.tmp`;
    const deadButFresh = `.plan.transition.${DEAD}.aaaaaaaaaaaa.tmp`;
    const liveWriter = `.plan.transition.${LIVE}.bbbbbbbbbbbb.tmp`;
    const liveButAncient = `.plan.transition.${LIVE}.cccccccccccc.tmp`;
    const otherPlan = `.other.transition.${DEAD}.0123456789ab.tmp`;
    await fileAged(dead, 60_000);
    await fileAged(deadBackup, 60_000);
    await fileAged(deadButFresh, 1_000);
    await fileAged(liveWriter, 60_000);
    await fileAged(liveButAncient, 2 * 60 * 60 * 1000);
    await fileAged(otherPlan, 60_000);
    await fileAged('plan.transition', 60_000);
    await fileAged('plan.transition.bak', 60_000);

    const removed = await removeStaleTempFiles(folder, 'plan.transition', {
      now: NOW,
      isProcessAlive: (pid) => pid === LIVE,
    });

    expect(removed.sort()).toEqual([dead, deadBackup, liveButAncient].sort());
    expect((await readdir(folder)).sort()).toEqual(
      [deadButFresh, liveWriter, otherPlan, 'plan.transition', 'plan.transition.bak'].sort(),
    );
  });

  it('never throws, even for a folder that does not exist', async () => {
    expect(await removeStaleTempFiles(join(folder, 'gone'), 'plan.transition')).toEqual([]);
  });
});
