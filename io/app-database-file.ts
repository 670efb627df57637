import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { writeFileAtomic } from './atomic-write';
import { fsErrorCode } from './fs-errors';

/**
 * lowdb's storage for the app database, written through the project's one durable writer
 * (temp file, fsync, rename, fsync of the folder) instead of steno, which never fsyncs. Every
 * write of the app's own data is therefore as safe as a plan save, and writes of one file land
 * in call order (writeFileAtomic queues them per file).
 */
export class AtomicJsonFile<T> implements Adapter<T> {
  constructor(readonly path: string) {}

  /** The parsed file, or null when there is none; a damaged file throws (SyntaxError). */
  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if (fsErrorCode(error) === 'ENOENT') return null;
      throw error;
    }
    return JSON.parse(text) as T;
  }

  async write(data: T): Promise<void> {
    await writeFileAtomic(this.path, JSON.stringify(data, null, 2));
  }
}
