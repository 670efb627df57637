import { constants } from 'node:fs';
import * as realFs from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { tempFileName } from './atomic-temp-files';
import { describeFsError, fsErrorCode } from './fs-errors';

import {
  AtomicWriteError,
  CancelledBeforeReplace,
  type AtomicWriteFileHandle,
  type AtomicWriteStats,
  type AtomicWriteFs,
  type AtomicWriteOptions,
  type AtomicWriteResult,
} from './atomic-write-types';

export { removeStaleTempFiles, type RemoveStaleTempFilesOptions } from './atomic-temp-files';
export * from './atomic-write-types';

/**
 * The one way plans and exports reach the disk (app and CLI). A save is: temp file in the same
 * folder, all bytes written and fsynced, optional backup of the previous version, rename over
 * the target, fsync of the folder. A reader therefore sees the old file or the new one, never a
 * mix, and after the call returns the new one survives a power cut. A failed save removes its
 * temp file and leaves the target as it was.
 *
 * Not covered: other programs writing the same file (detecting that is the caller's job), and
 * the owner of a replaced file, which becomes the user who saves (only the mode is kept).
 */

const defaultFs: AtomicWriteFs = realFs;

/** One promise chain per file, so that saves of the same file land in call order. */
const chains = new Map<string, Promise<void>>();

// On file systems that ignore case, "Plan.json" and "plan.json" are one file. Serialising two
// different files on a case-sensitive Mac volume costs nothing, so lower-casing there is safe.
const caseInsensitive = process.platform === 'win32' || process.platform === 'darwin';

function chainKey(path: string): string {
  const full = resolve(path);
  return caseInsensitive ? full.toLowerCase() : full;
}

export function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<AtomicWriteResult> {
  // A queued write must save what the caller had at the time of the call, even if the caller
  // reuses its buffer meanwhile.
  // slice() copies with memcpy; Uint8Array.from would walk the bytes one by one.
  const snapshot = typeof data === 'string' ? data : data.slice();
  const key = chainKey(path);
  const previous = chains.get(key) ?? Promise.resolve();
  const run = previous.then(() => writeNow(path, snapshot, options));
  // The chain continues after a failed save; the failure is reported to its own caller.
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  chains.set(key, tail);
  void tail.then(() => {
    if (chains.get(key) === tail) chains.delete(key);
  });
  return run;
}

/** How many files have saves queued or running (the app waits for them before quitting). */
export function atomicWritesInFlight(): number {
  return chains.size;
}

/** Resolves once every save started so far has finished, successfully or not. */
export async function settleAtomicWrites(): Promise<void> {
  await Promise.all(chains.values());
}

async function writeNow(
  requestedPath: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions,
): Promise<AtomicWriteResult> {
  const fs = options.fs ?? defaultFs;
  const bytes = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
  let tempPath: string | undefined;
  let backupTempPath: string | undefined;
  try {
    const { target, existing } = await resolveTarget(fs, resolve(requestedPath));
    if (existing?.isDirectory() === true) {
      throw new AtomicWriteError(
        requestedPath,
        'EISDIR',
        describeFsError({ code: 'EISDIR' }, 'save'),
      );
    }
    if (existing !== undefined && !existing.isFile()) {
      // Renaming over a device or a pipe would replace it, not write into it.
      throw new AtomicWriteError(requestedPath, 'EINVAL', 'it is not a regular file');
    }
    const folder = dirname(target);
    const name = basename(target);

    tempPath = join(folder, tempFileName(name));
    await writeAndSync(
      fs,
      tempPath,
      data,
      existing === undefined ? undefined : existing.mode & 0o7777,
    );

    if (options.beforeReplace !== undefined) {
      try {
        await options.beforeReplace(target);
      } catch (error) {
        throw new CancelledBeforeReplace(error);
      }
    }

    let backupPath: string | undefined;
    if (options.backup === true && existing !== undefined) {
      backupTempPath = join(folder, tempFileName(name, 'backup'));
      const linked = await linkOrCopy(fs, target, backupTempPath);
      backupPath = `${target}.bak`;
      await fs.rename(backupTempPath, backupPath);
      // A writer killed between its two renames leaves .bak as a link to the target. rename()
      // between two links of one file does nothing and keeps the source, so remove it here.
      if (linked) await removeQuietly(fs, backupTempPath);
      backupTempPath = undefined;
    }

    await fs.rename(tempPath, target);
    tempPath = undefined;
    await syncFolder(fs, folder);
    return backupPath === undefined ? { path: target, bytes } : { path: target, bytes, backupPath };
  } catch (error) {
    await removeQuietly(fs, tempPath);
    await removeQuietly(fs, backupTempPath);
    if (error instanceof CancelledBeforeReplace) throw error.reason;
    throw AtomicWriteError.from(requestedPath, error);
  }
}

/** Saving through a symlink replaces the file it points to, not the link. */
async function resolveTarget(
  fs: AtomicWriteFs,
  path: string,
): Promise<{ target: string; existing: AtomicWriteStats | undefined }> {
  const existing = await lstatIfExists(fs, path);
  if (existing?.isSymbolicLink() !== true) return { target: path, existing };
  let target: string;
  try {
    target = await fs.realpath(path);
  } catch (error) {
    // A dangling link is replaced by the new file itself.
    if (fsErrorCode(error) === 'ENOENT') return { target: path, existing: undefined };
    throw error;
  }
  return { target, existing: await lstatIfExists(fs, target) };
}

async function lstatIfExists(
  fs: AtomicWriteFs,
  path: string,
): Promise<AtomicWriteStats | undefined> {
  try {
    return await fs.lstat(path);
  } catch (error) {
    if (fsErrorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

async function writeAndSync(
  fs: AtomicWriteFs,
  path: string,
  data: string | Uint8Array,
  mode: number | undefined,
): Promise<void> {
  // 'wx' fails if the name exists, so a temp file can never clobber anything.
  const handle = await fs.open(path, 'wx', mode ?? 0o666);
  await closeAfter(handle, async () => {
    // open() applies the umask; the replaced file's mode is restored exactly.
    if (mode !== undefined) await chmodIfSupported(handle, mode);
    await handle.writeFile(data);
    await handle.sync();
  });
}

/** Closes the handle either way; a close error counts only when nothing failed before it. */
async function closeAfter(handle: AtomicWriteFileHandle, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error;
  }
  // Some file systems (NFS, SMB) report write errors only on close.
  await handle.close();
}

async function chmodIfSupported(handle: AtomicWriteFileHandle, mode: number): Promise<void> {
  try {
    await handle.chmod(mode);
  } catch (error) {
    // FAT and some network shares have no Unix modes; the save matters more than the mode.
    if (!['EPERM', 'ENOTSUP', 'ENOSYS', 'EINVAL'].includes(fsErrorCode(error) ?? '')) throw error;
  }
}

/**
 * Puts the current content of `target` at `backupTempPath`. A hard link costs no copy and is
 * safe because the target is about to be replaced by rename, never written in place; file
 * systems without hard links get a copy, fsynced before it is renamed to `.bak`. Returns
 * whether it linked.
 */
async function linkOrCopy(
  fs: AtomicWriteFs,
  target: string,
  backupTempPath: string,
): Promise<boolean> {
  try {
    await fs.link(target, backupTempPath);
    return true;
  } catch {
    // Fall through to a copy; if the copy fails too, its error is the one reported.
  }
  await fs.copyFile(target, backupTempPath, constants.COPYFILE_EXCL);
  const handle = await fs.open(backupTempPath, 'r+');
  await closeAfter(handle, () => handle.sync());
  return false;
}

/** Makes the rename itself durable. Some platforms (Windows) cannot open or fsync a folder. */
async function syncFolder(fs: AtomicWriteFs, folder: string): Promise<void> {
  const unsupported = ['EISDIR', 'EPERM', 'EINVAL', 'EACCES', 'ENOTSUP'];
  let handle: AtomicWriteFileHandle;
  try {
    handle = await fs.open(folder, 'r');
  } catch (error) {
    if (unsupported.includes(fsErrorCode(error) ?? '')) return;
    throw error;
  }
  await closeAfter(handle, async () => {
    try {
      await handle.sync();
    } catch (error) {
      if (!unsupported.includes(fsErrorCode(error) ?? '')) throw error;
    }
  });
}

async function removeQuietly(fs: AtomicWriteFs, path: string | undefined): Promise<void> {
  if (path === undefined) return;
  try {
    await fs.unlink(path);
  } catch {
    // Already gone, or the disk refuses: removeStaleTempFiles will catch it later.
  }
}
