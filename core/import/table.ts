/**
 * What every reader (xlsx, csv, MS Project XML) hands to the importer: the rows of one sheet as
 * plain cell values, each with the row number the user sees in the file, so that a problem can
 * always name its row.
 */
export type ImportCell = string | number | boolean | null;

export interface ImportRow {
  /** 1-based row (or line) number in the file. */
  number: number;
  cells: ImportCell[];
}

/** A row that could not be read: its number in the file and why (a sentence). */
export interface RowProblem {
  row: number;
  message: string;
}

export interface ImportTable {
  /** The file or sheet, for messages ("plan.xlsx, sheet Releases"). */
  source: string;
  rows: ImportRow[];
  /** What the reader noticed and the user should know (encoding guessed, sheet chosen…). */
  notices: string[];
  /** Rows the reader itself could not read (a CSV quote never closed…). */
  problems?: RowProblem[];
}

/** A cell as trimmed text; numbers without float noise, booleans as TRUE/FALSE. */
export function cellText(cell: ImportCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return String(Number(cell.toPrecision(12)));
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return cell.trim();
}

export function isBlankRow(cells: readonly ImportCell[]): boolean {
  return cells.every((cell) => cellText(cell) === '');
}

/** Spreadsheet column letters for a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
