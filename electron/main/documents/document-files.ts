import { stat } from 'node:fs/promises';
import { basename, isAbsolute } from 'node:path';
import type { OpenedFile, PlanDocument, PlanSource } from '../../../core/contract/ipc/contract';
import type { Problem } from '../../../core/plan/problems';
import { AppStoreWriteError } from '../../../io/app-store';
import { fsErrorCode } from '../../../io/fs-errors';
import { openPlanFile } from '../../../io/plan-documents';
import { UserFacingError, ipcErrorOf } from '../ipc/user-facing-error';
import type { GrantedFile } from './document-grants';
import type { DocumentServices } from './document-services';
import { quoteValue } from '../../../core/text/quote-value';

/** How many problems of a bad file cross to the page: the first ones, and a count of the rest. */
export const MAX_PROBLEMS_SHOWN = 20;

export const PLAN_EXTENSION = '.transition';

export function firstProblems(problems: readonly Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS_SHOWN) return [...problems];
  const rest = problems.length - MAX_PROBLEMS_SHOWN;
  return [
    ...problems.slice(0, MAX_PROBLEMS_SHOWN),
    { path: '', message: `…and ${String(rest)} more problem${rest === 1 ? '' : 's'}` },
  ];
}

/** Reads a plan file, or throws the sentence the user sees. */
export async function readPlanOrExplain(path: string) {
  const result = await openPlanFile(path);
  if (!result.ok) {
    throw new UserFacingError(
      result.reason === 'invalid' ? 'invalid-plan' : 'file-unreadable',
      result.message,
      firstProblems(result.problems),
    );
  }
  return result;
}

/** The source the page gets for a granted file: the grant to name it, the path to show. */
export function fileSource(granted: GrantedFile): PlanSource {
  return {
    kind: 'file',
    name: granted.name,
    grant: granted.grant,
    path: granted.path,
    ...(granted.stamp === null ? {} : { stamp: granted.stamp }),
  };
}

export function logQuietly(what: string, error: unknown): void {
  console.warn(`[documents] ${what}:`, error);
}

/** Recent files are a convenience: failing to record one never fails an open or a save. */
export async function rememberRecent(
  services: DocumentServices,
  path: string,
  title: string,
): Promise<void> {
  try {
    services.recentFilesChanged(await services.store.addRecentFile(path, services.now(), title));
  } catch (error) {
    logQuietly('could not record a recent file', error);
  }
}

/**
 * Opens a file the user chose (the caller knows how): reads it, then grants it to the page with
 * the version read. A file that is not a plan gets no grant, so no save can ever target it.
 */
export async function openChosenFile(
  services: DocumentServices,
  path: string,
): Promise<PlanDocument> {
  if (!isAbsolute(path)) {
    throw new UserFacingError(
      'file-unreadable',
      `Could not open ${quoteValue(basename(path))}: the app was not given the file's full location.`,
    );
  }
  const read = await readPlanOrExplain(path);
  const granted = services.grants.issue(path, read.stamp);
  await rememberRecent(services, path, read.plan.title);
  return { plan: read.plan, source: fileSource(granted) };
}

/**
 * Opens a file the OS, the Open Recent menu or a second launch asked for, as the page gets it:
 * the document, or the sentence saying why not. Never throws: there is no request to fail.
 */
export async function openForPage(services: DocumentServices, path: string): Promise<OpenedFile> {
  const name = basename(path);
  try {
    return { document: await openChosenFile(services, path) };
  } catch (error) {
    if (error instanceof UserFacingError) return { name, error: ipcErrorOf(error) };
    logQuietly(`could not open ${path}`, error);
    return {
      name,
      error: {
        code: 'failed',
        message: `Could not open ${quoteValue(name)}; the details are in the log.`,
      },
    };
  }
}

export async function isMissing(path: string): Promise<boolean> {
  try {
    await stat(path);
    return false;
  } catch (error) {
    const code = fsErrorCode(error);
    return code === 'ENOENT' || code === 'ENOTDIR';
  }
}

/** App database writes that fail become the sentence the store gives. */
export async function storeWrite<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppStoreWriteError) {
      throw new UserFacingError('save-failed', error.message);
    }
    throw error;
  }
}
