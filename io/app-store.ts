import type { Low } from 'lowdb';
import type { Notice, RecentFile } from '../core/contract/app-data/documents';
import {
  applySettingsPatch,
  type Settings,
  type SettingsPatch,
} from '../core/contract/app-data/settings';
import { dirname, join } from 'node:path';
import type { RecoveryIndexEntry, WindowState } from './app-data-schema';
import { openAppDatabase, type AppData, type SnapshotRecord } from './app-database';
import { evictionNotice, RECOVERY_FOLDER, RecoveryCopies } from './app-recovery-copies';
import { describeFsError } from './fs-errors';
import { withRecentFile, withoutRecentFile } from './recent-files';

/**
 * The app database behind the operations main offers. Every write goes through lowdb to our
 * adapter over writeFileAtomic (io/app-database-file.ts): the file is replaced whole, fsynced
 * with its folder, and writes land in call order. So a write that returned survives a power
 * cut, which matters most for snapshots, the user's unsaved work.
 */
export class AppStore {
  readonly db: Low<AppData>;
  readonly path: string;
  readonly copies: RecoveryCopies;

  private constructor(db: Low<AppData>, path: string, maxRecoveryBytes?: number) {
    this.db = db;
    this.path = path;
    this.copies = new RecoveryCopies(join(dirname(path), RECOVERY_FOLDER), maxRecoveryBytes);
  }

  /**
   * Opens the database and writes it once, so that a write that cannot succeed (a read-only
   * folder, a full disk) is told at start, not found on every later write.
   */
  static async open(
    path: string,
    now = new Date(),
    options: { maxRecoveryBytes?: number } = {},
  ): Promise<{ store: AppStore; notices: Notice[] }> {
    const opened = await openAppDatabase(path, now);
    const store = new AppStore(opened.db, path, options.maxRecoveryBytes);
    const notices = [...opened.notices];
    const evictions = store.db.data.recoveryEvictions;
    if (evictions.length > 0) notices.push(evictionNotice(evictions));
    store.db.data.recoveryEvictions = [];
    try {
      await store.moveCopiesToFiles();
      await store.write();
    } catch (error) {
      notices.push({
        level: 'warning',
        title: 'Settings cannot be saved',
        message: `${error instanceof Error ? error.message : String(error)} Settings, recent files and unsaved-work recovery will not be kept until this is fixed.`,
      });
    }
    await store.copies.removeStrays(store.snapshots);
    return { store, notices };
  }

  /** Version 2 kept the copies' plan text in the database: each becomes a file of its own. */
  private async moveCopiesToFiles(): Promise<void> {
    const entries: RecoveryIndexEntry[] = [];
    for (const stored of this.db.data.snapshots) {
      entries.push('planText' in stored ? await this.copies.write(stored) : stored);
    }
    this.db.data.snapshots = entries;
  }

  get windowState(): WindowState | undefined {
    return this.db.data.window;
  }

  /** Remembers where the window was, like every other write (AppStoreWriteError on failure). */
  async saveWindowState(state: WindowState): Promise<void> {
    this.db.data.window = state;
    await this.write();
  }

  get settings(): Settings {
    return this.db.data.settings;
  }

  async updateSettings(patch: SettingsPatch): Promise<Settings> {
    this.db.data.settings = applySettingsPatch(this.db.data.settings, patch);
    await this.write();
    return this.db.data.settings;
  }

  get recentFiles(): readonly RecentFile[] {
    return this.db.data.recentFiles;
  }

  async addRecentFile(path: string, now = new Date(), title?: string): Promise<RecentFile[]> {
    this.db.data.recentFiles = withRecentFile(this.db.data.recentFiles, path, now, title);
    await this.write();
    return this.db.data.recentFiles;
  }

  async removeRecentFiles(paths: readonly string[]): Promise<RecentFile[]> {
    if (paths.length === 0) return this.db.data.recentFiles;
    let list = this.db.data.recentFiles;
    for (const path of paths) list = withoutRecentFile(list, path);
    this.db.data.recentFiles = list;
    await this.write();
    return list;
  }

  /** The index of the recovery copies (their plan text is read with `snapshot`). */
  get snapshots(): readonly RecoveryIndexEntry[] {
    return this.db.data.snapshots.filter(
      (stored): stored is RecoveryIndexEntry => !('planText' in stored),
    );
  }

  async snapshot(id: string): Promise<SnapshotRecord | undefined> {
    const entry = this.snapshots.find((record) => record.id === id);
    try {
      return entry === undefined ? undefined : await this.copies.read(entry);
    } catch (error) {
      throw new AppStoreWriteError(describeFsError(error, 'open'), { cause: error });
    }
  }

  /**
   * Stores (or replaces) the recovery copy of one document, durably: its file first, then the
   * index. Past the cap the oldest other copies are removed; they are returned, and told at
   * the next start.
   */
  async putSnapshot(record: SnapshotRecord): Promise<{ evicted: RecoveryIndexEntry[] }> {
    let entry: RecoveryIndexEntry;
    try {
      entry = await this.copies.write(record);
    } catch (error) {
      throw new AppStoreWriteError(describeFsError(error, 'save'), { cause: error });
    }
    const others = this.snapshots.filter((existing) => existing.id !== record.id);
    const { kept, evicted } = this.copies.evict([...others, entry], record.id);
    this.db.data.snapshots = kept;
    this.db.data.recoveryEvictions = [
      ...this.db.data.recoveryEvictions,
      ...evicted.map(({ title, savedAt }) => ({ title, savedAt })),
    ];
    await this.write();
    for (const gone of evicted) await this.copies.remove(gone);
    return { evicted };
  }

  /** Removes a recovery copy, durably; false when there was none. */
  async discardSnapshot(id: string): Promise<boolean> {
    const entry = this.snapshots.find((record) => record.id === id);
    if (entry === undefined) return false;
    this.db.data.snapshots = this.snapshots.filter((record) => record.id !== id);
    await this.write();
    await this.copies.remove(entry);
    return true;
  }

  /** Writes the data; a failure is a sentence (the disk is full, permission was denied…). */
  async write(): Promise<void> {
    try {
      await this.db.write();
    } catch (error) {
      throw new AppStoreWriteError(describeFsError(error, 'save'), { cause: error });
    }
  }
}

export class AppStoreWriteError extends Error {
  override readonly name = 'AppStoreWriteError';
  constructor(reason: string, options?: { cause?: unknown }) {
    super(`Transition Studio could not save its own data: ${reason}.`, options);
  }
}
