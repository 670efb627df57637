import { stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { FileStamp } from '../core/contract/app-data/documents';
import { parsePlanText } from '../core/plan/parse';
import { removeStaleTempFiles, writeFileAtomic } from './atomic-write';
import { currentStamp, sameContent, sha256Hex } from './file-stamp';
import { KeyedQueue, pathKey } from './keyed-queue';
import { decodePlanBytes, readPlanBytes, type PlanFileReadResult } from './plan-file';

/**
 * Plan files as documents: opened with the stamp of the version read, saved durably with a
 * check that nobody else changed the file since. Node-only, no Electron: main's handlers and
 * the tests use it alike.
 */

export type OpenPlanResult =
  | (Extract<PlanFileReadResult, { ok: true }> & { stamp: FileStamp; migratedFrom?: number })
  | Extract<PlanFileReadResult, { ok: false }>;

/**
 * Reads, hashes and validates a plan. The hash runs off the main thread while the text is
 * parsed, and the temp files a killed save may have left beside the plan are cleared meanwhile.
 */
export async function openPlanFile(path: string): Promise<OpenPlanResult> {
  const read = await readPlanBytes(path);
  const { name } = read;
  if (!read.ok) {
    return { ok: false, path, name, reason: 'unreadable', message: read.message, problems: [] };
  }
  const hashing = sha256Hex(read.bytes);
  // Housekeeping never throws; it runs beside the parse.
  const cleaning = removeStaleTempFiles(dirname(path), name);
  const decoded = decodePlanBytes(read.bytes);
  const parsed = decoded.ok ? parsePlanText(decoded.text) : undefined;
  const [sha256] = await Promise.all([hashing, cleaning]);
  if (!decoded.ok) {
    const message = `Could not open "${name}": ${decoded.why}.`;
    return { ok: false, path, name, reason: 'unreadable', message, problems: [] };
  }
  if (!parsed?.ok) {
    return {
      ok: false,
      path,
      name,
      reason: 'invalid',
      message: `"${name}" is not a valid plan.`,
      problems: parsed?.problems ?? [],
    };
  }
  const stamp: FileStamp = { size: read.bytes.length, mtimeMs: read.modifiedMs, sha256 };
  return {
    ok: true,
    plan: parsed.plan,
    path,
    name,
    stamp,
    ...(parsed.migratedFrom === undefined ? {} : { migratedFrom: parsed.migratedFrom }),
  };
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
    const name = basename(path);
    if (options.overwrite !== true) {
      const conflict = await this.#conflict(key, path, options.expected);
      if (conflict) return { conflict };
    }
    const bytes = Buffer.from(text, 'utf8');
    // The hash runs on the thread pool while the bytes go to disk; until it is known, the
    // watcher is held off by isSaving.
    const [sha256, written] = await Promise.all([
      sha256Hex(bytes),
      writeFileAtomic(path, bytes, { backup: options.backup }).then(async (result) => ({
        result,
        info: await stat(result.path),
      })),
    ]);
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
