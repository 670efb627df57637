import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import { lock } from 'proper-lockfile';
import { fsErrorCode } from './fs-errors';

/**
 * The lock every writer of a plan file takes (the app, another app instance, the CLI's
 * `convert -o`), so that "check nobody changed it, then replace it" is one step for all of them.
 * proper-lockfile makes `<file>.lock` (a folder: mkdir is atomic, also on network shares),
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

async function acquire(target: string): Promise<(() => Promise<void>) | undefined> {
  const started = Date.now();
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await lock(target, {
        realpath: false,
        stale: STALE_MS,
        update: STALE_MS / 4,
        retries: 0,
        // Losing the lock mid-save (its folder removed, the disk gone) must not crash the
        // app: the save's own re-check before the rename still guards the file.
        onCompromised: (error) => {
          console.warn(`[plan-lock] lost the lock of ${target}:`, error.message);
        },
      });
    } catch (error) {
      // No folder, no permission: the write itself will fail and say why in its own words.
      if (fsErrorCode(error) !== 'ELOCKED') return undefined;
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

export async function withPlanLock<T>(target: string, work: () => Promise<T>): Promise<T> {
  const release = await acquire(target);
  try {
    return await work();
  } finally {
    await release?.().catch(() => undefined);
  }
}
