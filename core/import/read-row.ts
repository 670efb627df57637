import { FIGURE_FIELD, type FigureField, type ItemDraft } from '../plan/item-drafts';
import { ITEM_KIND_LABELS } from '../plan/item-kinds';
import { clipCell, kindFromName, ONE_ITEM, parseFigureCell } from '../plan/item-cells';
import { ITEM_KINDS, type ItemKind } from '../plan/schema';
import { CANONICAL_HEADERS, type ImportColumn } from './columns';
import { readDateCell } from './dates';
import { NATURE_COLUMNS, readNatureFields, type NatureFields } from './read-nature';
import type { ColumnUse, DateOrder, ImportField } from './mapping';
import { cellText, type ImportCell } from './table';

/** Custom field values as the plan file keeps them. */
export type CustomFields = Record<string, string | number | boolean>;

/** One data row, read: the delivery it belongs to and, unless it only names a delivery, an item. */
export interface ParsedRow {
  row: number;
  delivery: { id?: string; name?: string; date: string };
  item?: { id?: string; draft: ItemDraft; custom: CustomFields; nature: NatureFields };
}

export interface RowContext {
  columns: readonly ImportColumn[];
  dateOrder: DateOrder;
  /** The mapping file's own kind names, by normalised cell text. */
  kinds: ReadonlyMap<string, ItemKind>;
  /** Where each field's column is; built once per import, not looked up per cell. */
  fieldIndex: ReadonlyMap<ColumnUse, number>;
  /** Dates already read, by cell: a sheet repeats a handful of go-live dates thousands of times. */
  dates: Map<ImportCell, { iso: string } | { problem: string }>;
}

const FIGURE_COLUMNS: readonly FigureField[] = ['targetPercent', 'quantity', 'leadWeeks', 'days'];
const ITEM_FIELDS: readonly ImportField[] = [
  'kind',
  'title',
  'id',
  ...FIGURE_COLUMNS,
  'figure',
  ...NATURE_COLUMNS,
];

/** A row as a delivery and an item, or the sentence that says why it cannot be read. */
export function readRow(
  number: number,
  cells: readonly ImportCell[],
  context: RowContext,
): ParsedRow | { problem: string } {
  const get = (field: ImportField): ImportCell =>
    cells[context.fieldIndex.get(field) ?? -1] ?? null;
  const text = (field: ImportField): string => cellText(get(field));
  const dateCell = get('date');
  let date = context.dates.get(dateCell);
  if (date === undefined) {
    date = readDateCell(dateCell, context.dateOrder);
    context.dates.set(dateCell, date);
  }
  if ('problem' in date) return date;
  const delivery = {
    ...(text('deliveryId') === '' ? {} : { id: text('deliveryId') }),
    ...(text('delivery') === '' ? {} : { name: text('delivery') }),
    date: date.iso,
  };
  const custom = customFields(cells, context.columns);
  const hasItem = ITEM_FIELDS.some((field) => text(field) !== '') || Object.keys(custom).length > 0;
  if (!hasItem) return { row: number, delivery };
  const item = readItem(text, get, context, custom);
  if ('problem' in item) return item;
  return { row: number, delivery, item };
}

function readItem(
  text: (field: ImportField) => string,
  cell: (field: ImportField) => ImportCell,
  context: RowContext,
  custom: CustomFields,
): NonNullable<ParsedRow['item']> | { problem: string } {
  const kindCell = text('kind');
  if (kindCell === '') return { problem: 'has no kind.' };
  const kind = context.kinds.get(kindCell.trim().toLowerCase()) ?? kindFromName(kindCell);
  if (kind === undefined) {
    return {
      problem: `gives "${clipCell(kindCell)}" as the kind, which is not one: use ${ITEM_KINDS.map((k) => ITEM_KIND_LABELS[k]).join(', ')}, an abbreviation such as FR, NFR, HW, ELS, or map it in a mapping file.`,
    };
  }
  const title = text('title');
  if (title === '') return { problem: `has no title for ${ONE_ITEM[kind]}.` };
  const figure = readFigure(kind, text, context.columns);
  if (typeof figure === 'string') return { problem: figure };
  const draft: ItemDraft = figure === undefined ? { kind, title } : { kind, title, figure };
  const nature = readNatureFields(text, cell, kind, context.dateOrder);
  if ('problem' in nature) return nature;
  const id = text('id');
  return { ...(id === '' ? {} : { id }), draft, custom, nature };
}

/**
 * The kind's figure from its own column (Target %, Qty, Lead weeks, ELS days) or a generic
 * Figure column. A number in another kind's column is refused rather than dropped: it usually
 * means the kind is wrong.
 */
function readFigure(
  kind: ItemKind,
  text: (field: ImportField) => string,
  columns: readonly ImportColumn[],
): number | undefined | string {
  const own = FIGURE_FIELD[kind];
  const header = (field: ImportField): string =>
    columns.find((column) => column.use === field)?.header ?? CANONICAL_HEADERS[field];
  for (const field of FIGURE_COLUMNS) {
    if (field !== own && text(field) !== '') {
      return `gives "${clipCell(text(field))}" in the "${header(field)}" column, but ${ONE_ITEM[kind]} has no ${header(field)}: check the kind or leave that cell empty.`;
    }
  }
  const ownCell = own === null ? '' : text(own);
  const genericCell = text('figure');
  if (ownCell !== '' && genericCell !== '' && ownCell !== genericCell) {
    return `gives both ${ownCell} and ${genericCell} as the figure of ${ONE_ITEM[kind]}.`;
  }
  const cell = ownCell === '' ? genericCell : ownCell;
  const where =
    own === null || (ownCell === '' && genericCell !== '')
      ? `the "${header('figure')}" column`
      : `the "${header(own)}" column`;
  return parseFigureCell(kind, cell, where);
}

/** Columns that map to no field, kept on the item under their header. */
function customFields(
  cells: readonly ImportCell[],
  columns: readonly ImportColumn[],
): CustomFields {
  const fields: CustomFields = {};
  for (const column of columns) {
    if (column.use !== 'custom') continue;
    const cell = cells[column.index] ?? null;
    if (cell === null || cellText(cell) === '') continue;
    fields[column.header] = typeof cell === 'string' ? cell.trim() : cell;
  }
  return fields;
}
