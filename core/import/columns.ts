import type { ColumnUse, ImportField, ImportMapping } from './mapping';
import { cellText, columnLetter, type ImportCell, type ImportRow } from './table';

/**
 * Header recognition: the names people give the columns of a release plan, compared without
 * case, spaces or punctuation ("Go-live date" = "go live date" = "GoLiveDate").
 */
const HEADER_NAMES: Readonly<Record<ImportField, readonly string[]>> = {
  deliveryId: ['delivery id', 'release id', 'wave id', 'delivery key', 'release key'],
  delivery: ['delivery', 'release', 'wave', 'delivery name', 'release name', 'wave name', 'drop'],
  date: [
    'go-live',
    'go-live date',
    'golive',
    'target date',
    'date',
    'release date',
    'delivery date',
    'due date',
    'finish',
    'deployment date',
  ],
  kind: ['type', 'kind', 'category', 'item type', 'item kind', 'issue type', 'work item type'],
  id: ['id', 'key', 'item id', 'issue key', 'issue id', 'ref', 'reference'],
  title: ['title', 'description', 'summary', 'name', 'item', 'item title', 'task name'],
  targetPercent: ['target %', 'target', 'nfr target', 'target percent', '% target', 'nfr target %'],
  quantity: ['qty', 'quantity', 'units', 'count', 'number of units'],
  leadWeeks: ['lead weeks', 'weeks before', 'lead time', 'lead time weeks', 'lead time (weeks)'],
  days: ['els days', 'hypercare days', 'days', 'els', 'hypercare', 'support days', 'els (days)'],
  figure: ['figure', 'value', 'amount'],
  nature: ['nature', 'item nature', 'work nature', 'nature of work'],
  cutoverKind: ['cutover kind', 'cutover type', 'cut-over kind', 'cut-over type', 'cutover'],
  signOffAuthority: [
    'sign-off authority',
    'sign-off',
    'sign-off by',
    'signed off by',
    'approver',
    'sign-off owner',
  ],
  itemDate: [
    'item date',
    'date of item',
    'own date',
    'scheduled date',
    'cutover date',
    'planned date',
  ],
  provisioning: ['provisioning', 'provisioned as', 'provisioned', 'iac', 'infrastructure as code'],
};

export function headerKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9%]/g, '');
}

const FIELD_BY_HEADER: ReadonlyMap<string, ImportField> = new Map(
  (Object.entries(HEADER_NAMES) as [ImportField, readonly string[]][]).flatMap(([field, names]) =>
    names.map((name): [string, ImportField] => [headerKey(name), field]),
  ),
);

/** The field a header names by itself, without a mapping file. */
export function recogniseHeader(text: string): ImportField | undefined {
  return FIELD_BY_HEADER.get(headerKey(text));
}

/** How the importer reads each column of the header row. */
export interface ImportColumn {
  index: number;
  /** The header as written, or "Column F" when the cell is empty. */
  header: string;
  use: ColumnUse;
}

/** Names a plan file cannot hold as a key (json-safety refuses them on open). */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ColumnReading =
  { ok: true; columns: ImportColumn[] } | { ok: false; problems: string[] };

/** Reads the header row: every column gets a use; a clash or a missing column is a sentence. */
export function readColumns(header: readonly ImportCell[], mapping: ImportMapping): ColumnReading {
  const byMapping = new Map(
    Object.entries(mapping.columns ?? {}).map(([name, use]) => [headerKey(name), use]),
  );
  const problems: string[] = [];
  const columns: ImportColumn[] = header.map((cell, index) => {
    const written = cellText(cell);
    const name = written === '' ? `Column ${columnLetter(index)}` : written;
    const use = byMapping.get(headerKey(written)) ?? recogniseHeader(written) ?? 'custom';
    if (use === 'custom' && UNSAFE_KEYS.has(written)) {
      problems.push(
        `column ${columnLetter(index)} is headed "${written}", which a plan cannot keep as a field name: rename it or map it to "ignore".`,
      );
    }
    return { index, header: name, use };
  });
  const firstOf = new Map<ColumnUse, ImportColumn>();
  for (const column of columns) {
    if (column.use === 'custom' || column.use === 'ignore') continue;
    const earlier = firstOf.get(column.use);
    if (earlier === undefined) firstOf.set(column.use, column);
    else {
      problems.push(
        `columns ${columnLetter(earlier.index)} ("${earlier.header}") and ${columnLetter(column.index)} ("${column.header}") both read as ${FIELD_NAMES[column.use]}: map one of them in a mapping file.`,
      );
    }
  }
  for (const field of ['date', 'kind', 'title'] as const) {
    if (!firstOf.has(field)) {
      problems.push(
        `has no column for ${FIELD_NAMES[field]} (headers read: ${columns.map((c) => `"${c.header}"`).join(', ')}); name it as usual or map it in a mapping file.`,
      );
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, columns };
}

/** The header each field is exported under; re-importing reads them back (see HEADER_NAMES). */
export const CANONICAL_HEADERS: Readonly<Record<ImportField, string>> = {
  deliveryId: 'Delivery id',
  delivery: 'Delivery',
  date: 'Go-live date',
  kind: 'Kind',
  id: 'Id',
  title: 'Title',
  targetPercent: 'Target %',
  quantity: 'Quantity',
  leadWeeks: 'Lead weeks',
  days: 'ELS days',
  figure: 'Figure',
  nature: 'Nature',
  cutoverKind: 'Cutover kind',
  signOffAuthority: 'Sign-off authority',
  itemDate: 'Item date',
  provisioning: 'Provisioning',
};

/** The field as a message names it. */
export const FIELD_NAMES: Readonly<Record<ImportField, string>> = {
  deliveryId: 'the delivery id',
  delivery: 'the delivery',
  date: 'the go-live date',
  kind: 'the kind',
  id: 'the item id',
  title: 'the title',
  targetPercent: 'the target %',
  quantity: 'the quantity',
  leadWeeks: 'the lead weeks',
  days: 'the ELS days',
  figure: 'the figure',
  nature: 'the nature',
  cutoverKind: 'the cutover kind',
  signOffAuthority: 'the sign-off authority',
  itemDate: 'the item date',
  provisioning: 'the provisioning',
};

/**
 * The header row: the mapping's, else the first of the first 20 rows that has at least two
 * recognised headers, else the first row with anything in it. Rows above it (a title, notes)
 * are not data; the caller says which ones were passed over.
 */
export function findHeaderRow(rows: readonly ImportRow[], mapping: ImportMapping): number {
  if (mapping.headerRow !== undefined) {
    const index = rows.findIndex((row) => row.number === mapping.headerRow);
    return index;
  }
  const mapped = new Set(Object.keys(mapping.columns ?? {}).map(headerKey));
  const recognised = (row: ImportRow): number =>
    row.cells.filter((cell) => {
      const key = headerKey(cellText(cell));
      return key !== '' && (mapped.has(key) || FIELD_BY_HEADER.has(key));
    }).length;
  const limit = Math.min(rows.length, 20);
  for (let i = 0; i < limit; i += 1) {
    const row = rows[i];
    if (row !== undefined && recognised(row) >= 2) return i;
  }
  return rows.findIndex((row) => row.cells.some((cell) => cellText(cell) !== ''));
}
