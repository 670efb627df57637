import { join } from 'node:path';
import type { RecentFile } from '../../../core/contract/app-data/documents';
import type { EventChannel } from '../../../core/contract/ipc/channels';
import type { EventPayloadOf } from '../../../core/contract/ipc/contract';
import { AppStore } from '../../../io/app-store';
import { PlanFiles } from '../../../io/plan-documents';
import { PlanWatcher } from '../../../io/plan-watcher';
import type { RecentFileEntry } from '../../../core/contract/ipc/contract';
import { DocumentGrants } from './document-grants';
import { openForPage } from './document-files';
import { StartupInbox } from './startup-inbox';

/** Sends an event to the page (webContents.send in the app, page.evaluate in the E2E tests). */
export type EmitEvent = <E extends EventChannel>(event: E, payload: EventPayloadOf<E>) => void;

/** What the window shows of the document: main resolved the path from the page's grant. */
export interface WindowDocumentState {
  name: string;
  dirty: boolean;
  path: string | null;
  /** What the Edit menu's Undo and Redo would do, e.g. "Rename stream"; null: nothing. */
  undo: string | null;
  redo: string | null;
}

/** The window-level effects of the document's state; Electron in the app, a record in tests. */
export interface DocumentWindow {
  setDocumentState(state: WindowDocumentState): void;
  answerCloseRequest(proceed: boolean): void;
}

/** Everything the document channels work with, built the same way in the app and in tests. */
export interface DocumentServices {
  store: AppStore;
  planFiles: PlanFiles;
  watcher: PlanWatcher;
  inbox: StartupInbox;
  /** The files the user chose, named to the page by grant ids. */
  grants: DocumentGrants;
  window: DocumentWindow;
  /**
   * The OS, the Open Recent menu or a second launch asked to open `path`: main opens it and
   * hands the page the document (or why not) once. Resolves when it is handed over or held.
   */
  requestOpen(path: string): Promise<void>;
  /** Recent files as the page sees them, each with its grant; `missing` names the files found gone. */
  recentEntries(files: readonly RecentFile[], missing?: ReadonlySet<string>): RecentFileEntry[];
  /** The recent files changed: rebuild the menu, tell the OS and the page. */
  recentFilesChanged(files: readonly RecentFile[]): void;
  now(): Date;
}

export const APP_DATABASE_FILE = 'app-data.json';

export interface DocumentServicesSetup {
  userDataDir: string;
  emit: EmitEvent;
  window: DocumentWindow;
  /** Called after the page has been told (menu rebuild, app.addRecentDocument). */
  onRecentFilesChanged?: (files: readonly RecentFile[]) => void;
  now?: () => Date;
  /** Debounce of the file watcher (tests shorten it). */
  watchDebounceMs?: number;
}

export async function openDocumentServices(
  setup: DocumentServicesSetup,
): Promise<DocumentServices> {
  const now = setup.now ?? (() => new Date());
  const { store, notices } = await AppStore.open(join(setup.userDataDir, APP_DATABASE_FILE), now());
  const planFiles = new PlanFiles();
  const watcher = new PlanWatcher({
    onChange: (change) => {
      setup.emit('fileChangedOnDisk', change);
    },
    isOwnVersion: (path, stamp) => planFiles.isOwnVersion(path, stamp),
    isSaving: (path) => planFiles.isSaving(path),
    ...(setup.watchDebounceMs === undefined ? {} : { debounceMs: setup.watchDebounceMs }),
  });
  const inbox = new StartupInbox((opened) => {
    setup.emit('fileOpened', opened);
  });
  for (const notice of notices) inbox.addNotice(notice);
  const grants = new DocumentGrants();
  const recentEntries = (
    files: readonly RecentFile[],
    missing: ReadonlySet<string> = new Set(),
  ): RecentFileEntry[] =>
    files.map((file) => ({
      ...file,
      grant: grants.issue(file.path).grant,
      missing: missing.has(file.path),
    }));
  const services: DocumentServices = {
    store,
    planFiles,
    watcher,
    inbox,
    grants,
    window: setup.window,
    requestOpen: (path) => inbox.addOpening(() => openForPage(services, path)),
    recentEntries,
    recentFilesChanged: (files) => {
      setup.emit('recentFilesChanged', { files: recentEntries(files) });
      setup.onRecentFilesChanged?.(files);
    },
    now,
  };
  return services;
}
