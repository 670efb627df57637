import { mkdir, readFile, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { RecoveryEviction, RecoveryIndexEntry, SnapshotRecord } from './app-data-schema';
import { writeFileAtomic } from './atomic-write';
import { fsErrorCode } from './fs-errors';

/**
 * The crash-recovery copies of unsaved plans, one file each in a folder beside the app
 * database, which holds their index. Their total size is capped: past it the oldest copies
 * (other than the one being written) are removed, and the user is told.
 */
export const RECOVERY_FOLDER = 'recovery-copies';
/** Enough for a few plans at the 50 MB limit; a full disk helps nobody. */
export const MAX_RECOVERY_BYTES = 200 * 1024 * 1024;

export class RecoveryCopies {
  constructor(
    readonly folder: string,
    readonly maxBytes = MAX_RECOVERY_BYTES,
  ) {}

  /** Writes the plan text of a copy durably; the index entry is the caller's to store. */
  async write(record: SnapshotRecord): Promise<RecoveryIndexEntry> {
    const file = `${record.id}.json`;
    // Not recursive: when the database's own folder is gone, that is the error to report.
    await mkdir(this.folder).catch((error: unknown) => {
      if (fsErrorCode(error) !== 'EEXIST') throw error;
    });
    const written = await writeFileAtomic(join(this.folder, file), record.planText);
    return {
      id: record.id,
      title: record.title,
      source: record.source,
      baseStamp: record.baseStamp,
      savedAt: record.savedAt,
      openedAt: record.openedAt,
      file,
      bytes: written.bytes,
    };
  }

  async read(entry: RecoveryIndexEntry): Promise<SnapshotRecord | undefined> {
    try {
      const planText = await readFile(join(this.folder, entry.file), 'utf8');
      const { id, title, source, baseStamp, savedAt, openedAt } = entry;
      return { id, title, source, baseStamp, savedAt, openedAt, planText };
    } catch (error) {
      if (fsErrorCode(error) === 'ENOENT') return undefined;
      throw error;
    }
  }

  async remove(entry: RecoveryIndexEntry): Promise<void> {
    await unlink(join(this.folder, entry.file)).catch(() => undefined);
  }

  /** Removes files no entry names (a crash between writing a copy and its index entry). */
  async removeStrays(entries: readonly RecoveryIndexEntry[]): Promise<void> {
    const named = new Set(entries.map((entry) => entry.file));
    let files: string[];
    try {
      files = await readdir(this.folder);
    } catch {
      return;
    }
    for (const file of files) {
      if (file.endsWith('.json') && !named.has(file)) {
        await unlink(join(this.folder, file)).catch(() => undefined);
      }
    }
  }

  /**
   * The entries to keep under the cap, oldest evicted first; `keep` (the copy just written)
   * stays even when it alone is over the cap.
   */
  evict(
    entries: readonly RecoveryIndexEntry[],
    keep: string,
  ): { kept: RecoveryIndexEntry[]; evicted: RecoveryIndexEntry[] } {
    let total = entries.reduce((sum, entry) => sum + entry.bytes, 0);
    const oldestFirst = [...entries].sort((a, b) => a.savedAt.localeCompare(b.savedAt));
    const evicted = new Set<RecoveryIndexEntry>();
    for (const entry of oldestFirst) {
      if (total <= this.maxBytes) break;
      if (entry.id === keep) continue;
      evicted.add(entry);
      total -= entry.bytes;
    }
    return {
      kept: entries.filter((entry) => !evicted.has(entry)),
      evicted: [...evicted],
    };
  }
}

/** The notice for copies removed to stay under the cap. */
export function evictionNotice(evictions: readonly RecoveryEviction[]) {
  const titles = evictions
    .slice(0, 5)
    .map((eviction) => `“${eviction.title}”`)
    .join(', ');
  const more = evictions.length > 5 ? ` and ${String(evictions.length - 5)} more` : '';
  return {
    level: 'warning' as const,
    title: 'Older unsaved copies were removed',
    message: `To keep crash-recovery copies under ${String(MAX_RECOVERY_BYTES / 1024 / 1024)} MB, the oldest were removed: ${titles}${more}. Newer unsaved work is still protected.`,
  };
}
