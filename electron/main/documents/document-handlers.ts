import { stat } from 'node:fs/promises';
import { basename, extname, isAbsolute } from 'node:path';
import type { RequestOf, ResponseOf } from '../../../core/contract/ipc/contract';
import type { PlanDocument, SnapshotSummary } from '../../../core/contract/ipc/contract';
import { parsePlanText } from '../../../core/plan/parse';
import type { Problem } from '../../../core/plan/problems';
import type { Plan } from '../../../core/plan/schema';
import { serializePlan } from '../../../core/plan/serialize';
import { AppStoreWriteError } from '../../../io/app-store';
import { AtomicWriteError } from '../../../io/atomic-write';
import { fsErrorCode } from '../../../io/fs-errors';
import { pathKey } from '../../../io/keyed-queue';
import { openPlanFile, type SavePlanResult } from '../../../io/plan-documents';
import { UserFacingError } from '../ipc/user-facing-error';
import type { DocumentServices } from './document-services';

/** How many problems of a bad file cross to the page: the first ones, and a count of the rest. */
export const MAX_PROBLEMS_SHOWN = 20;

export const PLAN_EXTENSION = '.transition';

type DocumentChannel =
  | 'openRecent'
  | 'openPath'
  | 'savePlan'
  | 'savePlanAs'
  | 'listRecentFiles'
  | 'getSettings'
  | 'updateSettings'
  | 'putSnapshot'
  | 'listRecoverableSnapshots'
  | 'restoreSnapshot'
  | 'discardSnapshot'
  | 'reportDocumentState'
  | 'answerCloseRequest'
  | 'takeStartupState';

export type DocumentHandlers = {
  readonly [C in DocumentChannel]: (request: RequestOf<C>) => Promise<ResponseOf<C>>;
};

export interface SaveDialog {
  /** The path the user chose in the save dialog, or undefined when they cancelled. */
  choosePlanToSave(suggestion: { name: string; folder?: string }): Promise<string | undefined>;
}

export function firstProblems(problems: readonly Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS_SHOWN) return [...problems];
  const rest = problems.length - MAX_PROBLEMS_SHOWN;
  return [
    ...problems.slice(0, MAX_PROBLEMS_SHOWN),
    { path: '', message: `…and ${String(rest)} more problem${rest === 1 ? '' : 's'}` },
  ];
}

/** Reads a plan file as a document, or throws the sentence the user sees. */
export async function loadPlanDocument(path: string): Promise<PlanDocument> {
  const result = await openPlanFile(path);
  if (!result.ok) {
    throw new UserFacingError(
      result.reason === 'invalid' ? 'invalid-plan' : 'file-unreadable',
      result.message,
      firstProblems(result.problems),
    );
  }
  return {
    plan: result.plan,
    source: { kind: 'file', name: result.name, path: result.path, stamp: result.stamp },
  };
}

async function isMissing(path: string): Promise<boolean> {
  try {
    await stat(path);
    return false;
  } catch (error) {
    const code = fsErrorCode(error);
    return code === 'ENOENT' || code === 'ENOTDIR';
  }
}

function logQuietly(what: string, error: unknown): void {
  console.warn(`[documents] ${what}:`, error);
}

export function createDocumentHandlers(
  services: DocumentServices,
  dialogs: SaveDialog,
): DocumentHandlers & { openDocumentAt: (path: string) => Promise<PlanDocument> } {
  const { store, planFiles, watcher, inbox } = services;

  /** Recent files are a convenience: failing to record one never fails an open or a save. */
  const rememberRecent = async (path: string): Promise<void> => {
    try {
      services.recentFilesChanged(await store.addRecentFile(path, services.now()));
    } catch (error) {
      logQuietly('could not record a recent file', error);
    }
  };

  const openDocumentAt = async (path: string): Promise<PlanDocument> => {
    if (!isAbsolute(path)) {
      throw new UserFacingError(
        'file-unreadable',
        `Could not open "${basename(path)}": the app was not given the file's full location.`,
      );
    }
    const document = await loadPlanDocument(path);
    await rememberRecent(path);
    return document;
  };

  const save = async (
    path: string,
    plan: Plan,
    options: { expected: RequestOf<'savePlan'>['expectedStamp']; overwrite: boolean },
  ): Promise<SavePlanResult> => {
    try {
      return await planFiles.save(path, serializePlan(plan), {
        expected: options.expected,
        overwrite: options.overwrite,
        backup: store.settings.backups,
      });
    } catch (error) {
      if (error instanceof AtomicWriteError) {
        throw new UserFacingError(
          'save-failed',
          `${error.message} The plan is still open and nothing on disk was changed.`,
        );
      }
      throw error;
    }
  };

  const answerSaved = async (result: SavePlanResult) => {
    if ('conflict' in result) {
      const { reason, path, name, message } = result.conflict;
      return { conflict: { reason, path, name, message } };
    }
    const { path, name, stamp, backupPath } = result.saved;
    await rememberRecent(path);
    return {
      saved: {
        source: { kind: 'file' as const, name, path, stamp },
        ...(backupPath === undefined ? {} : { backupPath }),
      },
    };
  };

  const storeWrite = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof AppStoreWriteError) {
        throw new UserFacingError('save-failed', error.message);
      }
      throw error;
    }
  };

  return {
    openDocumentAt,

    openPath: async ({ path }) => ({ document: await openDocumentAt(path) }),

    openRecent: async ({ path }) => {
      try {
        return { document: await openDocumentAt(path) };
      } catch (error) {
        const listed = store.recentFiles.some((file) => pathKey(file.path) === pathKey(path));
        if (!(error instanceof UserFacingError) || !listed || !(await isMissing(path))) throw error;
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

    savePlan: async ({ path, plan, expectedStamp, overwrite }) => {
      if (!isAbsolute(path)) {
        throw new UserFacingError(
          'save-failed',
          `Could not save "${basename(path)}": the app was not given the file's full location.`,
        );
      }
      return answerSaved(
        await save(path, plan, { expected: expectedStamp, overwrite: overwrite === true }),
      );
    },

    savePlanAs: async ({ plan, suggestedName, folder }) => {
      const chosen = await dialogs.choosePlanToSave({
        name: suggestedName,
        ...(folder === undefined ? {} : { folder }),
      });
      if (chosen === undefined) return { cancelled: true as const };
      // The dialog asked before replacing the name the user typed; a name we extend was not
      // asked about, so an existing file there is a conflict rather than overwritten.
      const extended = extname(chosen) === '';
      const path = extended ? `${chosen}${PLAN_EXTENSION}` : chosen;
      return answerSaved(await save(path, plan, { expected: null, overwrite: !extended }));
    },

    listRecentFiles: async () => {
      const files = store.recentFiles;
      const missing: string[] = [];
      for (const file of files) {
        if (await isMissing(file.path)) missing.push(file.path);
      }
      if (missing.length === 0) return { files: [...files] };
      try {
        const kept = await store.removeRecentFiles(missing);
        services.recentFilesChanged(kept);
        return { files: [...kept] };
      } catch (error) {
        logQuietly('could not prune the recent files', error);
        return { files: files.filter((file) => !missing.includes(file.path)) };
      }
    },

    getSettings: () => Promise.resolve(store.settings),

    updateSettings: (patch) => storeWrite(() => store.updateSettings(patch)),

    putSnapshot: async ({ id, title, source, planText, openedAt }) => {
      const savedAt = services.now().toISOString();
      await storeWrite(() =>
        store.putSnapshot({
          id,
          title,
          source,
          baseStamp: source.kind === 'file' ? (source.stamp ?? null) : null,
          planText,
          savedAt,
          openedAt,
        }),
      );
      return { savedAt };
    },

    listRecoverableSnapshots: () => {
      const snapshots: SnapshotSummary[] = store.snapshots
        .map(({ id, title, source, savedAt, openedAt }) => ({
          id,
          title,
          source,
          savedAt,
          openedAt,
        }))
        .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
      return Promise.resolve({ snapshots });
    },

    restoreSnapshot: async ({ id }) => {
      const record = await storeWrite(() => store.snapshot(id));
      if (!record) {
        throw new UserFacingError('not-found', 'That unsaved copy is no longer kept.');
      }
      const parsed = parsePlanText(record.planText);
      if (!parsed.ok) {
        throw new UserFacingError(
          'invalid-plan',
          `The unsaved copy of "${record.title}" could not be read back.`,
          firstProblems(parsed.problems),
        );
      }
      const source =
        record.source.kind === 'file' && record.baseStamp !== null
          ? { ...record.source, stamp: record.baseStamp }
          : record.source;
      return { document: { plan: parsed.plan, source }, savedAt: record.savedAt };
    },

    discardSnapshot: async ({ id }) => ({
      discarded: await storeWrite(() => store.discardSnapshot(id)),
    }),

    reportDocumentState: (state) => {
      services.window.setDocumentState(state);
      if (state.path === null) watcher.stop();
      else watcher.watch(state.path, state.stamp);
      return Promise.resolve({});
    },

    answerCloseRequest: ({ proceed }) => {
      services.window.answerCloseRequest(proceed);
      return Promise.resolve({});
    },

    takeStartupState: () => Promise.resolve(inbox.take()),
  };
}
