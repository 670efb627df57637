import { readIcsFile } from '../../../io/calendar/read-ics-file';
import { readImportTable } from '../../../io/import/read-import-file';
import { readPlanBytes } from '../../../io/plan-file';
import type { HandlersFor } from '../ipc/handler-types';
import { UserFacingError } from '../ipc/user-facing-error';

export interface ImportDialogs {
  /** The workbook, CSV or MS Project file the user chose, or undefined when they cancelled. */
  chooseFileToImport(): Promise<string | undefined>;
  /** The .ics file for File › Import calendar…, or undefined when they cancelled. */
  chooseCalendarToImport(): Promise<string | undefined>;
}

/**
 * File › Import…: the path comes from the native dialog and never leaves main; the page gets
 * the rows (the importer in core maps them), or a sentence saying why the file cannot be read.
 */
export function createImportHandlers(
  dialogs: ImportDialogs,
): HandlersFor<'chooseImportFile' | 'chooseCalendarFile'> {
  return {
    chooseImportFile: async () => {
      const path = await dialogs.chooseFileToImport();
      if (path === undefined) return { file: null };
      const read = await readPlanBytes(path);
      if (!read.ok) throw new UserFacingError('file-unreadable', read.message);
      const table = await readImportTable(read.bytes, read.name);
      if ('message' in table) throw new UserFacingError('file-unreadable', table.message);
      return { file: { name: read.name, table } };
    },
    chooseCalendarFile: async ({ range }) => {
      const path = await dialogs.chooseCalendarToImport();
      if (path === undefined) return { file: null };
      const read = await readIcsFile(path, { range });
      if (!read.ok) throw new UserFacingError('file-unreadable', read.message);
      return { file: { name: read.name, calendar: read.calendar } };
    },
  };
}
