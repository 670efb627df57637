import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { ExportSheet } from '../../core/export/plan-tables';

/**
 * Sheets as an .xlsx workbook (exceljs): a bold, frozen header row, real date cells (so Excel
 * sorts and filters them as dates) and columns wide enough to read.
 */
export async function sheetsToXlsx(sheets: readonly ExportSheet[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Transition Studio';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    worksheet.addRow(sheet.header).font = { bold: true };
    for (const cells of sheet.rows) {
      worksheet.addRow(
        cells.map((cell, index) =>
          sheet.dateColumns.includes(index) && typeof cell === 'string' ? dateCell(cell) : cell,
        ),
      );
    }
    sheet.header.forEach((title, index) => {
      const column = worksheet.getColumn(index + 1);
      if (sheet.dateColumns.includes(index)) column.numFmt = 'yyyy-mm-dd';
      const longest = Math.max(
        title.length,
        ...sheet.rows.slice(0, 200).map((row) => String(row[index] ?? '').length),
      );
      column.width = Math.min(60, Math.max(8, longest + 2));
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

/** `YYYY-MM-DD` as the Date exceljs stores as that day (UTC midnight, as it reads them back). */
function dateCell(iso: string): Date | string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : date;
}

/**
 * One sheet as CSV text: comma-separated, quoted where needed, CRLF line ends (RFC 4180). A
 * cell that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading ' that the
 * CSV reader takes off again.
 */
export function sheetToCsv(sheet: ExportSheet): string {
  return `${Papa.unparse({ fields: sheet.header, data: sheet.rows }, { newline: '\r\n', escapeFormulae: true })}\r\n`;
}
