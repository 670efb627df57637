import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename, dirname, extname } from 'node:path';
import type { FileExportFormat } from '../../../core/export/file-names';
import type { RequestOf, ResponseOf } from '../../../core/contract/ipc/contract';
import { AtomicWriteError, writeFileAtomic } from '../../../io/atomic-write';
import { describeFsError, fsErrorCode } from '../../../io/fs-errors';
import { UserFacingError } from '../ipc/user-facing-error';
import { exportBytes } from './export-data';
import { reserveFreeFileName } from './free-file-name';
import { quoteValue } from '../../../core/text/quote-value';

/** The native dialogs an export needs; the E2E harness and unit tests answer them instead. */
export interface ExportDialogs {
  /** The save dialog (it asks before replacing a file); undefined when cancelled. */
  chooseExportFile(suggestedName: string, format: FileExportFormat): Promise<string | undefined>;
  /** The folder dialog for "Export all views"; undefined when cancelled. */
  chooseExportFolder(): Promise<string | undefined>;
}

export interface ExportHandlers {
  exportFile(request: RequestOf<'exportFile'>): Promise<ResponseOf<'exportFile'>>;
  chooseExportFolder(
    request: RequestOf<'chooseExportFolder'>,
  ): Promise<ResponseOf<'chooseExportFolder'>>;
  exportToFolder(request: RequestOf<'exportToFolder'>): Promise<ResponseOf<'exportToFolder'>>;
}

export function createExportHandlers(dialogs: ExportDialogs): ExportHandlers {
  // Folders the user picked in this session, by an id the renderer cannot forge or reuse for
  // another path.
  const grantedFolders = new Map<string, string>();

  return {
    exportFile: async ({ suggestedName, format, data }) => {
      const bytes = await exportBytes(format, data);
      const chosen = await dialogs.chooseExportFile(suggestedName, format);
      if (chosen === undefined) return { path: null };
      if (extname(chosen) !== '') {
        // The dialog has already asked before replacing an existing file.
        return { path: await writeExport(chosen, bytes) };
      }
      // Linux dialogs do not add the extension; the name with it was never confirmed, so it
      // must not replace anything.
      const reserved = await reserveOrExplain(dirname(chosen), `${basename(chosen)}.${format}`);
      return { path: await writeReserved(reserved, bytes) };
    },

    chooseExportFolder: async () => {
      const folder = await dialogs.chooseExportFolder();
      if (folder === undefined) return { folder: null };
      await assertFolder(folder);
      const id = randomUUID();
      grantedFolders.set(id, folder);
      return { folder: { id, name: basename(folder) || folder } };
    },

    exportToFolder: async ({ folderId, fileName, format, data }) => {
      const folder = grantedFolders.get(folderId);
      if (folder === undefined) {
        throw new UserFacingError(
          'invalid-request',
          'That export folder was not chosen in this session; choose the folder again.',
        );
      }
      const bytes = await exportBytes(format, data);
      const reserved = await reserveOrExplain(folder, fileName);
      const path = await writeReserved(reserved, bytes);
      return { path, name: reserved.name };
    },
  };
}

async function writeExport(path: string, bytes: Uint8Array | string): Promise<string> {
  try {
    return (await writeFileAtomic(path, bytes)).path;
  } catch (error) {
    if (error instanceof AtomicWriteError) throw new UserFacingError('failed', error.message);
    throw error;
  }
}

async function writeReserved(
  reserved: Awaited<ReturnType<typeof reserveFreeFileName>>,
  bytes: Uint8Array | string,
): Promise<string> {
  try {
    return await writeExport(reserved.path, bytes);
  } catch (error) {
    await reserved.release();
    throw error;
  }
}

async function reserveOrExplain(folder: string, fileName: string) {
  try {
    return await reserveFreeFileName(folder, fileName);
  } catch (error) {
    throw new UserFacingError(
      'failed',
      `Could not export ${quoteValue(fileName)} to ${quoteValue(folder)}: ${describeFsError(error, 'save')}.`,
    );
  }
}

async function assertFolder(folder: string): Promise<void> {
  let isFolder: boolean;
  try {
    isFolder = (await stat(folder)).isDirectory();
  } catch (error) {
    const reason =
      fsErrorCode(error) === 'ENOENT'
        ? 'the folder no longer exists'
        : describeFsError(error, 'open');
    throw new UserFacingError('failed', `Could not export to ${quoteValue(folder)}: ${reason}.`);
  }
  if (!isFolder) {
    throw new UserFacingError('failed', `${quoteValue(folder)} is not a folder.`);
  }
}
