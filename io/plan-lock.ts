import { readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { isProcessAlive } from './atomic-temp-files';
import { lock } from 'proper-lockfile';
import { fsErrorCode } from './fs-errors';

/**
 * The lock every writer of a plan file takes (the app, another app instance, the CLI's
 * `convert -o`), so that "check nobody changed it, then replace it" is one step for all of them.
 * proper-lockfile makes `.<file>.lock` (a folder: mkdir is atomic, also on network shares),
 * refreshes its time while held and takes over a lock older than STALE_MS: a writer killed
 * while holding it blocks the others for at most that long.
 */

export const STALE_MS = 10_000;

export class PlanLockedError extends Error {
  override readonly name = 'PlanLockedError';
}

/** The file a save replaces: the target of a symlink, or the path itself. */
export async function planTarget(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch (error) {
    const code = fsErrorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return resolve(path);
    throw error;
  }
}

/** How long a save waits for another writer's lock (a stale one is taken over at STALE_MS). */
const WAIT_MS = STALE_MS + 5_000;

const pause = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms);
  });

/** The lock folder, hidden beside the plan like the writer's temp files. */
function lockPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.lock`);
}

/**
 * Who holds the lock, in a file beside its folder (proper-lockfile removes the folder with
 * rmdir, so it must stay empty): a writer that died on this computer frees the lock at once.
 */
function ownerPath(target: string): string {
  return `${lockPath(target)}-owner`;
}

async function recordOwner(target: string): Promise<void> {
  const owner = JSON.stringify({ pid: process.pid, host: hostname() });
  await writeFile(ownerPath(target), owner).catch(() => undefined);
}

/**
 * Takes over a lock whose writer is known dead (same computer, no such process): a killed save
 * must not hold up the next one for STALE_MS. A lock of another computer, or without an owner
 * yet, is left to proper-lockfile's age check.
 */
async function clearDeadOwner(target: string): Promise<boolean> {
  try {
    const owner = JSON.parse(await readFile(ownerPath(target), 'utf8')) as {
      pid?: unknown;
      host?: unknown;
    };
    if (owner.host !== hostname() || typeof owner.pid !== 'number') return false;
    if (isProcessAlive(owner.pid)) return false;
    await rm(lockPath(target), { recursive: true, force: true });
    await rm(ownerPath(target), { force: true });
    return true;
  } catch {
    return false;
  }
}

async function acquire(target: string): Promise<(() => Promise<void>) | undefined> {
  const started = Date.now();
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await lockAndRecord(target);
    } catch (error) {
      // No folder, no permission: the write itself will fail and say why in its own words.
      if (fsErrorCode(error) !== 'ELOCKED') return undefined;
      if (await clearDeadOwner(target)) continue;
      if (Date.now() - started > WAIT_MS) {
        throw new PlanLockedError(
          'another program kept it locked for too long; try again in a moment',
          { cause: error },
        );
      }
      await pause(Math.min(250, 10 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random()));
    }
  }
}

async function lockAndRecord(target: string): Promise<() => Promise<void>> {
  const release = await lock(target, {
    realpath: false,
    lockfilePath: lockPath(target),
    stale: STALE_MS,
    update: STALE_MS / 4,
    retries: 0,
    // Losing the lock mid-save (its folder removed, the disk gone) must not crash the
    // app: the save's own re-check before the rename still guards the file.
    onCompromised: (error) => {
      console.warn(`[plan-lock] lost the lock of ${target}:`, error.message);
    },
  });
  await recordOwner(target);
  return async () => {
    await rm(ownerPath(target), { force: true }).catch(() => undefined);
    await release();
  };
}

export async function withPlanLock<T>(target: string, work: () => Promise<T>): Promise<T> {
  const release = await acquire(target);
  try {
    return await work();
  } finally {
    await release?.().catch(() => undefined);
  }
}
