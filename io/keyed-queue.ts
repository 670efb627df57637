import { resolve } from 'node:path';

// On file systems that ignore case, "Plan.json" and "plan.json" are one file. Serialising two
// different files on a case-sensitive Mac volume costs nothing, so lower-casing there is safe.
const caseInsensitive = process.platform === 'win32' || process.platform === 'darwin';

/** One key per file, whatever spelling of its path the caller used. */
export function pathKey(path: string): string {
  const full = resolve(path);
  return caseInsensitive ? full.toLowerCase() : full;
}

/**
 * Runs tasks one after another per key, in call order; different keys run side by side. A
 * failed task does not stop the ones queued behind it.
 */
export class KeyedQueue {
  readonly #tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return result;
  }

  /** Whether a task for `key` is queued or running. */
  busy(key: string): boolean {
    return this.#tails.has(key);
  }
}
