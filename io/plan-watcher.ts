import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { FileStamp } from '../core/contract/app-data/documents';
import { currentStamp, sameContent } from './file-stamp';
import { pathKey } from './keyed-queue';

export interface DiskChange {
  path: string;
  reason: 'changed' | 'deleted';
}

export interface PlanWatcherOptions {
  /** Called once per change another program made; never for the app's own saves. */
  onChange(change: DiskChange): void;
  /** Whether a version is one the app wrote or is writing (PlanFiles.isOwnVersion). */
  isOwnVersion(path: string, stamp: FileStamp): boolean;
  /** Whether the app is saving the file right now: the check waits until it is done. */
  isSaving(path: string): boolean;
  /** Quiet time after the last event before the file is looked at (editors write in bursts). */
  debounceMs?: number;
}

interface Target {
  path: string;
  key: string;
  baseline: FileStamp | null;
  /** The last change reported, so that one change is reported once. */
  reported: string | undefined;
}

/**
 * Watches the open plan for changes made by other programs. It watches the folder, not the
 * file: a save by rename (ours, an editor's, git's) replaces the file, and a watch on the old
 * file would go quiet. Events only start a debounced look; the verdict comes from comparing
 * the file with the version the document holds (size and time, then the hash).
 */
export class PlanWatcher {
  readonly #options: PlanWatcherOptions;
  #target: Target | undefined;
  #folderWatcher: FSWatcher | undefined;
  #timer: NodeJS.Timeout | undefined;
  #checking: Promise<void> = Promise.resolve();

  constructor(options: PlanWatcherOptions) {
    this.#options = options;
  }

  /** Follows `path` from now on, taking `baseline` as the version the document holds. */
  watch(path: string, baseline: FileStamp | null): void {
    const key = pathKey(path);
    if (this.#target?.key === key) {
      this.#target.baseline = baseline;
      this.#target.reported = undefined;
      return;
    }
    this.stop();
    this.#target = { path, key, baseline, reported: undefined };
    this.#watchFolder(dirname(path));
  }

  /** The path being followed, if any. */
  get watchedPath(): string | undefined {
    return this.#target?.path;
  }

  stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#target = undefined;
    this.#folderWatcher?.close();
    this.#folderWatcher = undefined;
  }

  /** Resolves once any look at the file that is under way has finished (for tests). */
  settled(): Promise<void> {
    return this.#checking;
  }

  #watchFolder(folder: string): void {
    try {
      this.#folderWatcher = watch(folder, { persistent: false }, (_event, fileName) => {
        const target = this.#target;
        if (target === undefined) return;
        // Some platforms do not say which file changed: look anyway.
        if (fileName === null || fileName === basename(target.path)) this.#schedule();
      });
      this.#folderWatcher.on('error', () => {
        // The folder itself went away: the look will find the file gone.
        this.#folderWatcher?.close();
        this.#folderWatcher = undefined;
        this.#schedule();
      });
    } catch {
      // A folder that cannot be watched (gone, or a network share without notifications): the
      // check before every save still catches changes.
      this.#folderWatcher = undefined;
    }
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#checking = this.#checking.then(() => this.#check());
    }, this.#options.debounceMs ?? 300);
  }

  async #check(): Promise<void> {
    const target = this.#target;
    if (target === undefined) return;
    if (this.#options.isSaving(target.path)) {
      this.#schedule();
      return;
    }
    let onDisk: FileStamp | undefined;
    try {
      onDisk = await currentStamp(target.path, [target.baseline ?? undefined]);
    } catch {
      return; // unreadable for now (locked, permissions): the save-time check still applies
    }
    if (target !== this.#target) return;
    if (onDisk === undefined) {
      this.#report(target, 'deleted', 'deleted');
      return;
    }
    const unchanged =
      (target.baseline !== null && sameContent(onDisk, target.baseline)) ||
      this.#options.isOwnVersion(target.path, onDisk);
    if (unchanged) {
      target.reported = undefined;
      return;
    }
    this.#report(target, 'changed', onDisk.sha256);
  }

  #report(target: Target, reason: DiskChange['reason'], signature: string): void {
    if (target.reported === signature) return;
    target.reported = signature;
    this.#options.onChange({ path: target.path, reason });
  }
}
