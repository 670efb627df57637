import { open } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Low } from 'lowdb';
import type { Notice, RecentFile } from '../core/contract/app-data/documents';
import {
  applySettingsPatch,
  type Settings,
  type SettingsPatch,
} from '../core/contract/app-data/settings';
import { openAppDatabase, type AppData, type SnapshotRecord } from './app-database';
import { describeFsError } from './fs-errors';
import { withRecentFile, withoutRecentFile } from './recent-files';

/**
 * The app database behind the operations main offers. lowdb serialises the writes (steno
 * keeps one write running and the latest data queued) and replaces the file by rename, so the
 * file is always whole; steno does not fsync, which is acceptable for settings and recent files.
 * Snapshot changes are flushed (the file and its folder fsynced) before they are acknowledged,
 * because they are the user's unsaved work.
 */
export class AppStore {
  readonly db: Low<AppData>;
  readonly path: string;

  private constructor(db: Low<AppData>, path: string) {
    this.db = db;
    this.path = path;
  }

  static async open(
    path: string,
    now = new Date(),
  ): Promise<{ store: AppStore; notices: Notice[] }> {
    const opened = await openAppDatabase(path, now);
    return { store: new AppStore(opened.db, path), notices: opened.notices };
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
    await this.flush();
  }

  /** Removes a snapshot, durably; false when there was none. */
  async discardSnapshot(id: string): Promise<boolean> {
    const before = this.db.data.snapshots.length;
    this.db.data.snapshots = this.db.data.snapshots.filter((record) => record.id !== id);
    if (this.db.data.snapshots.length === before) return false;
    await this.write();
    await this.flush();
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

  /** fsyncs the database file and its folder, so that the last write survives a power cut. */
  async flush(): Promise<void> {
    try {
      await syncPath(this.path, 'r+');
    } catch (error) {
      throw new AppStoreWriteError(describeFsError(error, 'save'), { cause: error });
    }
    // Windows cannot open a folder; there the rename is as durable as the OS makes it.
    await syncPath(dirname(this.path), 'r').catch(() => undefined);
  }
}

export class AppStoreWriteError extends Error {
  override readonly name = 'AppStoreWriteError';
  constructor(reason: string, options?: { cause?: unknown }) {
    super(`Transition Studio could not save its own data: ${reason}.`, options);
  }
}

async function syncPath(path: string, flags: string): Promise<void> {
  const handle = await open(path, flags);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
