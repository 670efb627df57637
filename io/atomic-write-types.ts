import { basename } from 'node:path';
import { describeFsError, fsErrorCode } from './fs-errors';

/** The writer's seams and results (atomic-write.ts): what callers and tests program against. */

/** The part of a `node:fs/promises` FileHandle the writer uses. */
export interface AtomicWriteFileHandle {
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  chmod(mode: number): Promise<void>;
  close(): Promise<void>;
}

export interface AtomicWriteStats {
  mode: number;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

/** The part of `node:fs/promises` the writer uses; tests inject failures through it. */
export interface AtomicWriteFs {
  open(path: string, flags: string, mode?: number): Promise<AtomicWriteFileHandle>;
  lstat(path: string): Promise<AtomicWriteStats>;
  realpath(path: string): Promise<string>;
  link(existingPath: string, newPath: string): Promise<void>;
  copyFile(source: string, destination: string, mode?: number): Promise<void>;
  rename(oldPath: string, newPath: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

export interface AtomicWriteOptions {
  /** Keep the replaced version as `<path>.bak` (only when there was one). */
  backup?: boolean;
  fs?: AtomicWriteFs;
  /**
   * Runs once the new bytes are safely in the temp file, right before anything replaces the
   * target (the last moment to notice another writer). Throwing cancels the write; the error
   * reaches the caller as thrown, and the target is left as it was.
   */
  beforeReplace?: (target: string) => Promise<void>;
}

/** Carries an error thrown by `beforeReplace` past the writer's own error wrapping. */
export class CancelledBeforeReplace extends Error {
  constructor(readonly reason: unknown) {
    super('cancelled before replace');
  }
}

export interface AtomicWriteResult {
  /** The file that was replaced: the given path, or the file it links to when it is a symlink. */
  path: string;
  bytes: number;
  backupPath?: string;
}

export class AtomicWriteError extends Error {
  override readonly name = 'AtomicWriteError';

  constructor(
    readonly path: string,
    /** The errno code (`'ENOSPC'`, …) or `'unknown'`. */
    readonly code: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`Could not save "${basename(path)}": ${reason}.`, options);
  }

  static from(path: string, error: unknown): AtomicWriteError {
    if (error instanceof AtomicWriteError) return error;
    return new AtomicWriteError(
      path,
      fsErrorCode(error) ?? 'unknown',
      describeFsError(error, 'save'),
      { cause: error },
    );
  }
}
