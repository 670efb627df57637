import { z } from 'zod';

/**
 * File › Import…: main shows the open dialog, reads the chosen workbook, CSV or MS Project file
 * itself and answers its rows. The request carries nothing (no path, no grant): the page never
 * names a file. Mapping the columns and building the plan happen in the page with the pure
 * importer (core/import), so the dialog previews every change of mapping at once.
 */
const ImportCellSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const ImportTableSchema = z.object({
  source: z.string(),
  rows: z.array(z.object({ number: z.number(), cells: z.array(ImportCellSchema) })),
  notices: z.array(z.string()),
  problems: z.array(z.object({ row: z.number(), message: z.string() })).optional(),
});

export const importContract = {
  /** `file: null` when the user cancelled the dialog. */
  chooseImportFile: {
    request: z.undefined(),
    response: z.object({
      file: z.object({ name: z.string(), table: ImportTableSchema }).nullable(),
    }),
  },
} as const;
