import { stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { FileStamp } from '../core/contract/app-data/documents';
import { AtomicWriteError, removeStaleTempFiles, writeFileAtomic } from './atomic-write';
import { currentStamp, sameContent, sha256Hex } from './file-stamp';
import { KeyedQueue, pathKey } from './keyed-queue';
import { PlanLockedError, planTarget, withPlanLock } from './plan-lock';
import { MAX_PLAN_FILE_BYTES, readPlanFile, tooLarge, type PlanFileReadResult } from './plan-file';

/**
 * Plan files as documents: opened with the stamp of the version read, saved durably with a
 * check that nobody else changed the file since. Node-only, no Electron: main's handlers and
 * the tests use it alike.
 */

export type OpenPlanResult = PlanFileReadResult;

/**
 * Opens a plan as a document: the one reader (readPlanFile), while the temp files a killed save
 * may have left beside the plan are cleared. Housekeeping never throws.
 */
export async function openPlanFile(path: string): Promise<OpenPlanResult> {
  // Housekeeping never throws; it clears every stale temp file of the app's writer in the folder.
  const [result] = await Promise.all([
    readPlanFile(path),
    removeStaleTempFiles(dirname(path), null),
  ]);
  return result;
}

export interface SaveConflict {
  reason: 'changed' | 'deleted';
  path: string;
  name: string;
  /** A sentence for the user, naming the file. */
  message: string;
  /** What is on disk now, when there is a file. */
  onDisk?: FileStamp;
}

/** A conflict seen under the lock, carried out of the atomic writer. */
class ConflictFound extends Error {
  constructor(readonly conflict: SaveConflict) {
    super(conflict.message);
  }
}

export interface SavedPlanFile {
  path: string;
  name: string;
  stamp: FileStamp;
  backupPath?: string;
}

export type SavePlanResult = { saved: SavedPlanFile } | { conflict: SaveConflict };

export interface SavePlanOptions {
  /**
   * The version the document was opened or last saved as; null when it never came from this
   * path (then an existing file there counts as someone else's). Ignored with `overwrite`.
   */
  expected: FileStamp | null;
  /** The user chose to replace whatever is there (Save As, or "Overwrite" after a conflict). */
  overwrite?: boolean;
  /** Keep the replaced version as `<name>.bak`. */
  backup: boolean;
}

/**
 * Saves of plan files. Saves of one file run one at a time, in call order, each with its own
 * conflict check; the stamp of the last version this process wrote is remembered, so that a
 * queue of saves from one document never mistakes an earlier save for another program's.
 */
export class PlanFiles {
  readonly #queue = new KeyedQueue();
  readonly #written = new Map<string, FileStamp>();
  /** Hashes of saves under way, so that a watcher seeing the new file mid-save stays quiet. */
  readonly #inFlight = new Map<string, Set<string>>();
  readonly #onWritten: ((path: string, stamp: FileStamp) => void) | undefined;

  constructor(options: { onWritten?: (path: string, stamp: FileStamp) => void } = {}) {
    this.#onWritten = options.onWritten;
  }

  save(path: string, text: string, options: SavePlanOptions): Promise<SavePlanResult> {
    const key = pathKey(path);
    return this.#queue.run(key, () => this.#saveNow(key, path, text, options));
  }

  /** The version this process last wrote to `path`, if any. */
  lastWritten(path: string): FileStamp | undefined {
    return this.#written.get(pathKey(path));
  }

  /** Whether `stamp` is a version this process wrote, or is writing, to `path`. */
  isOwnVersion(path: string, stamp: FileStamp): boolean {
    const key = pathKey(path);
    const written = this.#written.get(key);
    if (written && sameContent(written, stamp)) return true;
    return this.#inFlight.get(key)?.has(stamp.sha256) ?? false;
  }

  /** Whether a save of `path` is queued or running. */
  isSaving(path: string): boolean {
    return this.#queue.busy(pathKey(path));
  }

  async #saveNow(
    key: string,
    path: string,
    text: string,
    options: SavePlanOptions,
  ): Promise<SavePlanResult> {
    const bytes = Buffer.from(text, 'utf8');
    // One limit for save and open: a plan the app writes is always one it can open again.
    if (bytes.length > MAX_PLAN_FILE_BYTES) {
      throw new AtomicWriteError(path, 'EFBIG', tooLarge(bytes.length));
    }
    const target = await planTarget(path);
    // Housekeeping never throws: killed writers' temp files in the folder go on save as on open.
    const cleaning = removeStaleTempFiles(dirname(target), null);
    try {
      return await withPlanLock(target, () => this.#replace(key, path, bytes, options));
    } catch (error) {
      if (error instanceof PlanLockedError) {
        throw new AtomicWriteError(path, 'ELOCKED', error.message, { cause: error });
      }
      throw error;
    } finally {
      await cleaning;
    }
  }

  /** The check and the write, under the plan's lock; the check runs again before the rename. */
  async #replace(
    key: string,
    path: string,
    bytes: Buffer,
    options: SavePlanOptions,
  ): Promise<SavePlanResult> {
    const name = basename(path);
    const check = async (): Promise<void> => {
      if (options.overwrite === true) return;
      const conflict = await this.#conflict(key, path, options.expected);
      if (conflict) throw new ConflictFound(conflict);
    };
    // The hash runs on the thread pool while the bytes go to disk; until it is known, the
    // watcher is held off by isSaving.
    const hashing = sha256Hex(bytes);
    let written;
    try {
      await check();
      written = await writeFileAtomic(path, bytes, {
        backup: options.backup,
        beforeReplace: check,
      }).then(async (result) => ({ result, info: await stat(result.path) }));
    } catch (error) {
      if (error instanceof ConflictFound) return { conflict: error.conflict };
      throw error;
    } finally {
      await hashing.catch(() => undefined);
    }
    const sha256 = await hashing;
    const inFlight = this.#inFlight.get(key) ?? new Set<string>();
    inFlight.add(sha256);
    this.#inFlight.set(key, inFlight);
    try {
      const { result, info } = written;
      const stamp: FileStamp = { size: result.bytes, mtimeMs: info.mtimeMs, sha256 };
      this.#written.set(key, stamp);
      this.#onWritten?.(path, stamp);
      const saved: SavedPlanFile = { path, name, stamp };
      if (result.backupPath !== undefined) saved.backupPath = result.backupPath;
      return { saved };
    } finally {
      inFlight.delete(sha256);
      if (inFlight.size === 0) this.#inFlight.delete(key);
    }
  }

  async #conflict(
    key: string,
    path: string,
    expected: FileStamp | null,
  ): Promise<SaveConflict | undefined> {
    const name = basename(path);
    const written = this.#written.get(key);
    const onDisk = await currentStamp(path, [expected ?? undefined, written]);
    if (onDisk === undefined) {
      if (expected === null) return undefined;
      return {
        reason: 'deleted',
        path,
        name,
        message: `"${name}" was moved or deleted by another program since it was opened.`,
      };
    }
    if (expected !== null && sameContent(onDisk, expected)) return undefined;
    if (written !== undefined && sameContent(onDisk, written)) return undefined;
    return {
      reason: 'changed',
      path,
      name,
      message:
        expected === null
          ? `"${name}" already exists and was not opened in this window.`
          : `"${name}" was changed by another program since it was opened.`,
      onDisk,
    };
  }
}
