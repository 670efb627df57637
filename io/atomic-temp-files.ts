import { randomBytes } from 'node:crypto';
import { lstat, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Names of the atomic writer's temporary files, and the clean-up of those a killed writer left
 * behind. A writer that is killed (crash, power cut, SIGKILL) between creating its temp file and
 * renaming it keeps `.<name>.<pid>.<random>.tmp` (or `.<name>.bak.<pid>.<random>.tmp` while it
 * copies the backup) in the plan's folder; nothing else can tell that the file is abandoned, so
 * the app calls `removeStaleTempFiles` when it opens a plan.
 */

export type TempKind = 'data' | 'backup';

/** Names stay below the 255-byte limit of common file systems even for very long plan names. */
const MAX_NAME_BYTES_IN_TEMP = 180;

function shortened(name: string): string {
  let short = name;
  while (Buffer.byteLength(short) > MAX_NAME_BYTES_IN_TEMP) short = short.slice(0, -1);
  return short;
}

/** The temp name starts with a dot so that file browsers hide it. */
export function tempFileName(targetName: string, kind: TempKind = 'data'): string {
  const suffix = kind === 'backup' ? '.bak' : '';
  return `.${shortened(targetName)}${suffix}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * Recognises the temp files of `targetName` (of any file, with null) and returns the pid of
 * the writer that made it. The pattern is the writer's own: a dot, the name, the pid, twelve
 * hex digits and `.tmp`; nothing a user or another program names that way by chance.
 */
export function tempFileOwner(fileName: string, targetName: string | null): number | undefined {
  const name = targetName === null ? '.+' : escapeRegExp(shortened(targetName));
  const pattern = new RegExp(`^\\.${name}(?:\\.bak)?\\.(\\d+)\\.[0-9a-f]{12}\\.tmp$`, 'u');
  const pid = pattern.exec(fileName)?.[1];
  return pid === undefined ? undefined : Number(pid);
}

export interface StaleTempFs {
  readdir(path: string): Promise<string[]>;
  lstat(path: string): Promise<{ mtimeMs: number; isFile(): boolean }>;
  unlink(path: string): Promise<void>;
}

export interface RemoveStaleTempFilesOptions {
  fs?: StaleTempFs;
  /** Whether a writer is still running; default asks the operating system (signal 0). */
  isProcessAlive?: (pid: number) => boolean;
  now?: number;
  /**
   * A temp file of a writer that is gone is removed once it is this old (default 30 s). The
   * grace period is for folders on network shares, where a pid seen as gone here may be a live
   * writer on another computer.
   */
  minAgeMs?: number;
  /** Any temp file this old is abandoned, whoever wrote it (default 1 hour; pids get reused). */
  maxAgeMs?: number;
}

const realStaleTempFs: StaleTempFs = { readdir, lstat, unlink };

export function isProcessAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return typeof error === 'object' && error !== null && 'code' in error && error.code === 'EPERM';
  }
}

/**
 * Removes the abandoned temp files of `targetName` (of every file, with null) in `folder` and
 * returns their names. It is housekeeping, so it never throws: a file it cannot read or
 * remove is left for next time.
 */
export async function removeStaleTempFiles(
  folder: string,
  targetName: string | null,
  options: RemoveStaleTempFilesOptions = {},
): Promise<string[]> {
  const fs = options.fs ?? realStaleTempFs;
  const alive = options.isProcessAlive ?? isProcessAlive;
  const now = options.now ?? Date.now();
  const minAgeMs = options.minAgeMs ?? 30_000;
  const maxAgeMs = options.maxAgeMs ?? 60 * 60 * 1000;

  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = tempFileOwner(name, targetName);
    if (pid === undefined) continue;
    const path = join(folder, name);
    try {
      const info = await fs.lstat(path);
      if (!info.isFile()) continue;
      const age = now - info.mtimeMs;
      const abandoned = age >= maxAgeMs || (age >= minAgeMs && !alive(pid));
      if (!abandoned) continue;
      await fs.unlink(path);
      removed.push(name);
    } catch {
      // Gone already (another instance cleaned up) or not ours to remove: leave it.
    }
  }
  return removed;
}
