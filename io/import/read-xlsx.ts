import ExcelJS from 'exceljs';
import type { ImportCell, ImportRow, ImportTable } from '../../core/import/table';

/**
 * The rows of one worksheet of an .xlsx workbook (exceljs). The sheet is the mapping's, else
 * the first that has anything in it. Cells become plain values: dates as `YYYY-MM-DD`, a
 * number shown as a percentage as "75%" (Excel stores 0.75), formulas as their last result,
 * rich text as its text.
 */
export async function readXlsxTable(
  bytes: Uint8Array,
  name: string,
  sheetName?: string,
): Promise<ImportTable | { message: string }> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's types want a Node Buffer; a Uint8Array view of the same bytes is what it reads.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { message: `Could not open "${name}": it is not a readable .xlsx workbook (${why}).` };
  }
  const sheets = workbook.worksheets;
  const sheet =
    sheetName === undefined
      ? (sheets.find((s) => s.actualRowCount > 0) ?? sheets[0])
      : sheets.find((s) => s.name.toLowerCase() === sheetName.toLowerCase());
  if (sheet === undefined) {
    const names = sheets.map((s) => `"${s.name}"`).join(', ');
    return {
      message:
        sheetName === undefined
          ? `Could not open "${name}": the workbook has no sheets.`
          : `Could not open "${name}": it has no sheet "${sheetName}" (its sheets: ${names}).`,
    };
  }
  const rows: ImportRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: ImportCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      // The number format is looked up only for numbers: a style lookup per cell is costly.
      cells[column - 1] = cellValue(cell.value, () => cell.numFmt);
    });
    for (let i = 0; i < cells.length; i += 1) cells[i] ??= null;
    rows.push({ number, cells });
  });
  const notices =
    sheets.length > 1
      ? [
          `Read sheet "${sheet.name}" of ${sheets.map((s) => `"${s.name}"`).join(', ')}; a mapping file's "sheet" reads another.`,
        ]
      : [];
  return { source: `${name}, sheet "${sheet.name}"`, rows, notices };
}

function cellValue(value: ExcelJS.CellValue, numFmt: () => string | undefined): ImportCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    return numFmt()?.includes('%') === true
      ? `${String(Number((value * 100).toPrecision(12)))}%`
      : value;
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return isoDay(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return value.error;
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : value.hyperlink;
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    if (result === undefined) return null;
    if (typeof result === 'object' && !(result instanceof Date)) return result.error;
    return cellValue(result, numFmt);
  }
  return null;
}

/** exceljs reads a date cell as that day at 00:00 UTC. */
function isoDay(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}
