import { createEmptyPlan } from '../plan/new-plan';
import { parsePlanData } from '../plan/parse';
import { describeProblem } from '../plan/problems';
import type { Plan } from '../plan/schema';
import { applyRows, noImportCounts, type ImportCounts } from './apply-rows';
import { findHeaderRow, readColumns, type ImportColumn } from './columns';
import { detectDateOrder } from './dates';
import type { ImportMapping } from './mapping';
import { readRow, type ParsedRow, type RowContext } from './read-row';
import { isBlankRow, type ImportTable, type RowProblem } from './table';

export type { RowProblem } from './table';

export interface ImportResult {
  /** The plan with every readable row applied (the given plan, or a new one). */
  plan: Plan;
  /** How the header row was read; empty when it could not be. */
  columns: ImportColumn[];
  /** The number of the header row in the file, when one was found. */
  headerRow?: number;
  /** Data rows read (blank rows are not counted). */
  rowsRead: number;
  counts: ImportCounts;
  /** Every row not imported, in file order; a problem of the header row stops the import. */
  problems: RowProblem[];
  /** Things the user should know that are not faults (order of dates assumed, rows skipped…). */
  notices: string[];
}

export interface ImportOptions {
  mapping?: ImportMapping;
  /** The open plan to import into: items with ids it has are updated, not duplicated. */
  into?: Plan;
}

/**
 * Rows of a sheet to a packaged plan. Every data row becomes an item (or names a delivery),
 * or is listed in `problems` with its row number and the reason; nothing is dropped
 * silently. Columns that map to no field are kept on each item in `customFields`.
 */
export function importTable(table: ImportTable, options: ImportOptions = {}): ImportResult {
  const mapping = options.mapping ?? {};
  const base = options.into ?? createEmptyPlan();
  const counts = noImportCounts();
  const result: ImportResult = {
    plan: base,
    columns: [],
    rowsRead: 0,
    counts,
    problems: [],
    notices: [...table.notices],
  };
  const headerIndex = findHeaderRow(table.rows, mapping);
  const header = table.rows[headerIndex];
  if (header === undefined) {
    const where =
      mapping.headerRow === undefined
        ? 'has no rows'
        : `has no row ${String(mapping.headerRow)} for the headers`;
    result.problems.push({ row: mapping.headerRow ?? 1, message: `${table.source} ${where}.` });
    return result;
  }
  result.headerRow = header.number;
  const skipped = table.rows.slice(0, headerIndex).filter((row) => !isBlankRow(row.cells));
  if (skipped.length > 0) {
    const numbers = skipped.map((row) => String(row.number)).join(', ');
    result.notices.push(
      skipped.length === 1
        ? `Row ${numbers} above the header (row ${String(header.number)}) was not read as data.`
        : `Rows ${numbers} above the header (row ${String(header.number)}) were not read as data.`,
    );
  }
  const reading = readColumns(header.cells, mapping);
  if (!reading.ok) {
    result.problems.push(
      ...reading.problems.map((message) => ({
        row: header.number,
        message: `The header row ${message}`,
      })),
    );
    return result;
  }
  result.columns = reading.columns;
  const custom = reading.columns.filter((column) => column.use === 'custom');
  if (custom.length > 0) {
    result.notices.push(
      `Kept as custom fields on each item: ${custom.map((c) => `"${c.header}"`).join(', ')}.`,
    );
  }
  const data = table.rows.slice(headerIndex + 1).filter((row) => !isBlankRow(row.cells));
  const dateColumn = reading.columns.find((column) => column.use === 'date')?.index ?? -1;
  const detected = detectDateOrder(data.map((row) => row.cells[dateColumn] ?? null));
  const dateOrder = mapping.dateOrder ?? detected.order;
  if (mapping.dateOrder === undefined && detected.ambiguous) {
    result.notices.push(
      'Dates such as 03/04/2027 were read as day/month (3 April 2027); a mapping file with "dateOrder": "mdy" reads them as month/day.',
    );
  }
  const kinds = new Map(
    Object.entries(mapping.kinds ?? {}).map(([name, kind]) => [name.trim().toLowerCase(), kind]),
  );
  const parsed: ParsedRow[] = [];
  const context: RowContext = {
    columns: reading.columns,
    dateOrder,
    kinds,
    fieldIndex: new Map(reading.columns.map((column) => [column.use, column.index])),
    dates: new Map(),
  };
  for (const row of data) {
    const read = readRow(row.number, row.cells, context);
    if ('problem' in read) result.problems.push({ row: row.number, message: read.problem });
    else parsed.push(read);
  }
  result.rowsRead = data.length;
  const applied = applyRows(base, parsed);
  // Appended one by one: a spread of 100,000+ row problems overflows the call stack.
  for (const problem of [applied.problems, table.problems ?? []].flat())
    result.problems.push(problem);
  result.problems.sort((a, b) => a.row - b.row);
  result.counts = applied.counts;
  result.plan = applied.plan;
  for (const problem of finalCheck(applied.plan)) result.problems.push(problem);
  return result;
}

/**
 * The plan must pass the same validation as a saved file; the row checks should make this
 * unreachable, and if they ever do not, the user gets a sentence instead of a broken plan.
 */
function finalCheck(plan: Plan): RowProblem[] {
  const parsed = parsePlanData(plan);
  const problems = parsed.ok ? [] : parsed.problems;
  return problems.map((problem) => ({
    row: 0,
    message: `The imported plan is not valid: ${describeProblem(problem)}`,
  }));
}
