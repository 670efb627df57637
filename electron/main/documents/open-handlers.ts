import { extname } from 'node:path';
import { UserFacingError } from '../ipc/user-facing-error';
import type { HandlersFor } from '../ipc/handler-types';
import {
  PLAN_EXTENSION,
  isMissing,
  logQuietly,
  openChosenFile,
  readPlanOrExplain,
} from './document-files';
import type { DocumentServices } from './document-services';

export interface OpenDialogs {
  /** The path the user chose in the open dialog, or undefined when they cancelled. */
  choosePlanToOpen(): Promise<string | undefined>;
}

/** Extensions a dropped file may have: a drop is a plan file, never "any file". */
const DROPPABLE = new Set([PLAN_EXTENSION, '.json']);

type OpenChannel =
  | 'openPlan'
  | 'openSamplePlan'
  | 'openRecent'
  | 'openFile'
  | 'openDroppedFile'
  | 'listRecentFiles'
  | 'takeStartupState';

/** Opening plans: every path comes from the user (dialog, recent list, OS, drop), never the page. */
export function createOpenHandlers(
  services: DocumentServices,
  dialogs: OpenDialogs,
  samplePlanPath: string,
): HandlersFor<OpenChannel> {
  const { store, grants } = services;
  return {
    openPlan: async () => {
      const path = await dialogs.choosePlanToOpen();
      if (path === undefined) return { document: null };
      return { document: await openChosenFile(services, path) };
    },

    openSamplePlan: async () => {
      const read = await readPlanOrExplain(samplePlanPath);
      return { plan: read.plan, source: { kind: 'sample', name: read.name } };
    },

    openFile: async ({ grant }) => ({
      document: await openChosenFile(services, grants.resolve(grant).path),
    }),

    openDroppedFile: async ({ droppedPath }) => {
      if (!DROPPABLE.has(extname(droppedPath).toLowerCase())) {
        throw new UserFacingError(
          'file-unreadable',
          'Only plan files (.transition or .json) can be opened by dropping them on the window.',
        );
      }
      return { document: await openChosenFile(services, droppedPath) };
    },

    openRecent: async ({ grant }) => {
      const { path } = grants.resolve(grant);
      try {
        return { document: await openChosenFile(services, path) };
      } catch (error) {
        if (!(error instanceof UserFacingError) || !(await isMissing(path))) throw error;
        try {
          services.recentFilesChanged(await store.removeRecentFiles([path]));
        } catch (writeError) {
          logQuietly('could not update the recent files', writeError);
        }
        throw new UserFacingError(
          error.code,
          `${error.message} It was removed from the recent files.`,
        );
      }
    },

    // A file that is gone stays in the list, marked: the user sees it went missing (moved to
    // another drive, renamed, deleted) instead of it vanishing; opening it says so and drops it.
    listRecentFiles: async () => {
      const files = store.recentFiles;
      const missing = new Set<string>();
      for (const file of files) {
        if (await isMissing(file.path)) missing.add(file.path);
      }
      return { files: services.recentEntries(files, missing) };
    },

    takeStartupState: () => services.inbox.take(),
  };
}
