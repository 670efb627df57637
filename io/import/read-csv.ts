import { isUtf8 } from 'node:buffer';
import Papa from 'papaparse';
import type { ImportRow, ImportTable } from '../../core/import/table';

/**
 * The rows of a CSV export (Excel, Jira, Azure DevOps, LibreOffice): any delimiter papaparse
 * can detect (comma, semicolon, tab, pipe), quoted fields holding delimiters or newlines, a
 * UTF-8 byte order mark. A file that is not UTF-8 is read as Windows-1252 (what Excel on
 * Windows saves as "CSV") and the user is told so. Row numbers are records, as a spreadsheet
 * numbers them when it opens the file.
 */
export function readCsvTable(bytes: Uint8Array, name: string): ImportTable | { message: string } {
  const decoded = decodeCsv(bytes, name);
  if ('message' in decoded) return decoded;
  const parsed = Papa.parse<string[]>(decoded.text, { skipEmptyLines: false, delimiter: '' });
  const rows: ImportRow[] = parsed.data.map((cells, index) => ({
    number: index + 1,
    cells: cells.map(unescapeFormula),
  }));
  const notices = [...decoded.notices];
  const problems = parsed.errors
    .filter((error) => error.code !== 'UndetectableDelimiter')
    .map((error) => ({
      row: (error.row ?? 0) + 1,
      message:
        error.code === 'MissingQuotes'
          ? 'has a quote (") that is never closed: everything after it was read as one cell.'
          : `could not be read as CSV: ${error.message}.`,
    }));
  const delimiter = parsed.meta.delimiter === '\t' ? 'tab' : `"${parsed.meta.delimiter}"`;
  if (rows.length > 0) notices.push(`Read ${name} as CSV separated by ${delimiter}.`);
  return { source: name, rows, notices, problems };
}

function decodeCsv(
  bytes: Uint8Array,
  name: string,
): { text: string; notices: string[] } | { message: string } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xff && buffer[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(buffer.subarray(2)), notices: [] };
  }
  if (buffer[0] === 0xfe && buffer[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(buffer.subarray(2)), notices: [] };
  }
  if (buffer.includes(0)) {
    return { message: `Could not open "${name}": it is a binary file, not CSV text.` };
  }
  if (isUtf8(buffer)) return { text: buffer.toString('utf8').replace(/^\uFEFF/u, ''), notices: [] };
  return {
    text: new TextDecoder('windows-1252').decode(buffer),
    notices: [
      `${name} is not UTF-8; it was read as Windows-1252 (Western European), the encoding Excel on Windows saves CSV in. Check accented letters, or save it as "CSV UTF-8".`,
    ],
  };
}

/** Takes off the ' that CSV writers (ours, papaparse's escapeFormulae) put before =, +, -, @. */
function unescapeFormula(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
