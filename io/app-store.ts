import type { Low } from 'lowdb';
import type { Notice, RecentFile } from '../core/contract/app-data/documents';
import {
  applySettingsPatch,
  type Settings,
  type SettingsPatch,
} from '../core/contract/app-data/settings';
import type { WindowState } from './app-data-schema';
import { openAppDatabase, type AppData, type SnapshotRecord } from './app-database';
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

  private constructor(db: Low<AppData>, path: string) {
    this.db = db;
    this.path = path;
  }

  /**
   * Opens the database and writes it once, so that a write that cannot succeed (a read-only
   * folder, a full disk) is told at start, not found on every later write.
   */
  static async open(
    path: string,
    now = new Date(),
  ): Promise<{ store: AppStore; notices: Notice[] }> {
    const opened = await openAppDatabase(path, now);
    const store = new AppStore(opened.db, path);
    const notices = [...opened.notices];
    try {
      await store.write();
    } catch (error) {
      notices.push({
        level: 'warning',
        title: 'Settings cannot be saved',
        message: `${error instanceof Error ? error.message : String(error)} Settings, recent files and unsaved-work recovery will not be kept until this is fixed.`,
      });
    }
    return { store, notices };
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

  async addRecentFile(path: string, now = new Date()): Promise<RecentFile[]> {
    this.db.data.recentFiles = withRecentFile(this.db.data.recentFiles, path, now);
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

  get snapshots(): readonly SnapshotRecord[] {
    return this.db.data.snapshots;
  }

  snapshot(id: string): SnapshotRecord | undefined {
    return this.db.data.snapshots.find((record) => record.id === id);
  }

  /** Stores (or replaces) the snapshot of one document, durably. */
  async putSnapshot(record: SnapshotRecord): Promise<void> {
    this.db.data.snapshots = [
      ...this.db.data.snapshots.filter((existing) => existing.id !== record.id),
      record,
    ];
    await this.write();
  }

  /** Removes a snapshot, durably; false when there was none. */
  async discardSnapshot(id: string): Promise<boolean> {
    const before = this.db.data.snapshots.length;
    this.db.data.snapshots = this.db.data.snapshots.filter((record) => record.id !== id);
    if (this.db.data.snapshots.length === before) return false;
    await this.write();
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
