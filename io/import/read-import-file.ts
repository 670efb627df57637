import { extname } from 'node:path';
import { importTable, type ImportOptions, type ImportResult } from '../../core/import/import-table';
import type { ImportTable } from '../../core/import/table';
import { createEmptyPlan } from '../../core/plan/new-plan';
import { readPlanBytes } from '../plan-file';
import { readCsvTable } from './read-csv';
import { readMsProjectTable } from './read-ms-project';
import { readXlsxTable } from './read-xlsx';

/** The file types `import` reads, by extension. */
export const IMPORT_EXTENSIONS = ['xlsx', 'csv', 'tsv', 'txt', 'xml'] as const;

export type ImportFileResult =
  | { ok: true; name: string; table: ImportTable; result: ImportResult }
  | { ok: false; name: string; message: string };

/**
 * Reads a workbook, a CSV file or an MS Project XML schedule and imports its rows (the one
 * importer of the CLI and the app). The file is refused with a sentence when it is not a
 * regular file of at most 50 MB or not of a type it reads.
 */
export async function importFile(
  path: string,
  options: ImportOptions = {},
): Promise<ImportFileResult> {
  const read = await readPlanBytes(path);
  if (!read.ok) return { ok: false, name: read.name, message: read.message };
  const table = await readImportTable(read.bytes, read.name, options.mapping?.sheet);
  if ('message' in table) return { ok: false, name: read.name, message: table.message };
  // A new plan is named after the file it came from, so the user can tell it apart.
  const into = options.into ?? { ...createEmptyPlan(), title: read.name.replace(/\.[^.]*$/, '') };
  return { ok: true, name: read.name, table, result: importTable(table, { ...options, into }) };
}

/** The rows of a file's bytes, chosen by its extension (and, for .xml, by being MS Project). */
export async function readImportTable(
  bytes: Uint8Array,
  name: string,
  sheet?: string,
): Promise<ImportTable | { message: string }> {
  const extension = extname(name).slice(1).toLowerCase();
  switch (extension) {
    case 'xlsx':
      return readXlsxTable(bytes, name, sheet);
    case 'csv':
    case 'tsv':
    case 'txt':
      return readCsvTable(bytes, name);
    case 'xml':
      return readMsProjectTable(
        Buffer.from(bytes)
          .toString('utf8')
          .replace(/^\uFEFF/u, ''),
        name,
      );
    default:
      return {
        message: `Could not import "${name}": read .xlsx workbooks, .csv (or .tsv, .txt) files and MS Project .xml schedules${extension === 'xls' ? ' (save an .xls workbook as .xlsx first)' : ''}.`,
      };
  }
}
