import { format, isValid, parse } from 'date-fns';
import type { DateOrder } from './mapping';
import { cellText, type ImportCell } from './table';

/**
 * Go-live dates as people write them: ISO (2027-06-30, with or without a time), day/month or
 * month/day with slashes, dots or dashes, month names (30 June 2027, Jun 30, 2027, 30-Jun-27),
 * and Excel's date serial numbers (days since 1899-12-30) when a sheet stores the date as a
 * number.
 */
const ISO_FORMATS = ['yyyy-M-d', 'yyyy/M/d', 'yyyy.M.d'];
const DAY_FIRST = ['d/M/yyyy', 'd.M.yyyy', 'd-M-yyyy', 'd/M/yy', 'd.M.yy'];
const MONTH_FIRST = ['M/d/yyyy', 'M-d-yyyy', 'M.d.yyyy', 'M/d/yy'];
const WORDED = [
  'd MMMM yyyy',
  'd MMM yyyy',
  'd-MMM-yyyy',
  'd-MMM-yy',
  'd MMM yy',
  'MMMM d, yyyy',
  'MMM d, yyyy',
  'MMMM d yyyy',
  'MMM d yyyy',
  'EEEE, MMMM d, yyyy',
  'EEEE d MMMM yyyy',
  'EEE d MMM yyyy',
  'EEE, d MMM yyyy',
];

/** Serials from 1 (1900-01-01) to 2958465 (9999-12-31); Excel's epoch is 1899-12-30 for them. */
const MAX_SERIAL = 2958465;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** date-fns needs a reference date for two-digit years; a fixed one keeps imports repeatable. */
const REFERENCE = new Date(2000, 0, 1);

/** The date as `YYYY-MM-DD`, or a sentence saying why the cell is not one. */
export function readDateCell(
  cell: ImportCell,
  order: DateOrder,
  what = 'go-live date',
): { iso: string } | { problem: string } {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 1 || cell > MAX_SERIAL) {
      return { problem: `gives ${String(cell)} as the ${what}, which is not a date.` };
    }
    const iso = new Date(EXCEL_EPOCH_MS + Math.floor(cell) * DAY_MS).toISOString().slice(0, 10);
    return { iso };
  }
  const text = cellText(cell).replace(/\s+/g, ' ');
  if (text === '') return { problem: `has no ${what}.` };
  // An ISO date-time (2027-06-30T00:00:00Z, 2027-06-30 09:00): the day is what counts.
  const isoDay = /^(\d{4}-\d{1,2}-\d{1,2})(?:[T ]\d{1,2}:\d{2}.*)?$/.exec(text)?.[1];
  const formats = [...ISO_FORMATS, ...(order === 'dmy' ? DAY_FIRST : MONTH_FIRST), ...WORDED];
  for (const pattern of formats) {
    const date = parse(isoDay ?? text, pattern, REFERENCE);
    if (isValid(date) && date.getFullYear() >= 1000) return { iso: format(date, 'yyyy-MM-dd') };
  }
  const clipped = text.length > 40 ? `${text.slice(0, 37)}…` : text;
  return {
    problem: `gives "${clipped}" as the ${what}; write it as 2027-06-30, 30/06/2027 or 30 June 2027.`,
  };
}

/**
 * Whether the column's numeric dates are day/month or month/day: a first number over 12 proves
 * day first, a second number over 12 proves month first. `ambiguous` is true when nothing
 * proved either, so the caller can say which order it assumed.
 */
export function detectDateOrder(cells: readonly ImportCell[]): {
  order: DateOrder;
  ambiguous: boolean;
} {
  let dayFirst = false;
  let monthFirst = false;
  let numeric = false;
  for (const cell of cells) {
    if (typeof cell !== 'string') continue;
    const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}\s*$/.exec(cell);
    if (match === null) continue;
    numeric = true;
    if (Number(match[1]) > 12) dayFirst = true;
    if (Number(match[2]) > 12) monthFirst = true;
  }
  if (monthFirst && !dayFirst) return { order: 'mdy', ambiguous: false };
  return { order: 'dmy', ambiguous: numeric && !dayFirst };
}
