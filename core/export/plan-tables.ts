import { CANONICAL_HEADERS } from '../import/columns';
import { IMPORT_FIELDS, type ImportField } from '../import/mapping';
import type { ImportCell } from '../import/table';
import { APPROVAL_MODE_LABELS, approverOf } from '../plan/approval-labels';
import { describeCadence } from '../plan/cadence-labels';
import { ITEM_KIND_LABELS } from '../plan/item-kinds';
import {
  CUTOVER_KIND_LABELS,
  ITEM_NATURE_LABELS,
  PROVISIONING_LABELS,
} from '../plan/nature-labels';
import type { Delivery, Item, Plan, Stream } from '../plan/schema';
import { findItilRole } from '../itil/roles';

/**
 * The plan as sheets of a workbook (or CSV files): the packaged plan in the columns `import`
 * recognises, so an exported sheet re-imports to the same packaged plan, and the stream design
 * with its traces to the packaged items.
 */
export interface ExportSheet {
  name: string;
  header: string[];
  /** Dates are `YYYY-MM-DD` strings in the columns `dateColumns` lists. */
  rows: ImportCell[][];
  dateColumns: number[];
}

/**
 * The packaged plan's columns: every import field but `figure`, which only an import reads
 * (the one number of whatever kind a row is); an export writes each kind's own column.
 */
const PACKAGED_FIELDS: readonly ImportField[] = IMPORT_FIELDS.filter((field) => field !== 'figure');

/** One row per item (a delivery without items gets one row of its own); custom fields after. */
export function packagedPlanSheet(plan: Plan): ExportSheet {
  const customNames: string[] = [];
  for (const delivery of plan.packagedPlan.deliveries) {
    for (const item of delivery.items) {
      for (const name of Object.keys(customFieldsOf(item))) {
        if (!customNames.includes(name)) customNames.push(name);
      }
    }
  }
  const rows: ImportCell[][] = [];
  for (const delivery of plan.packagedPlan.deliveries) {
    const head: ImportCell[] = [delivery.id, delivery.name, delivery.date];
    if (delivery.items.length === 0)
      rows.push([...head, ...PACKAGED_FIELDS.slice(3).map(() => null)]);
    for (const item of delivery.items) {
      const custom = customFieldsOf(item);
      rows.push([...head, ...itemCells(item), ...customNames.map((name) => custom[name] ?? null)]);
    }
  }
  return {
    name: 'Packaged plan',
    header: [...PACKAGED_FIELDS.map((field) => CANONICAL_HEADERS[field]), ...customNames],
    rows,
    dateColumns: [2, PACKAGED_FIELDS.indexOf('itemDate')],
  };
}

function itemCells(item: Item): ImportCell[] {
  return [
    item.id,
    ITEM_KIND_LABELS[item.kind],
    item.title,
    item.kind === 'nonFunctional' ? item.targetPercent : null,
    item.kind === 'infrastructure' ? (item.quantity ?? null) : null,
    item.kind === 'opsBriefing' || item.kind === 'training' ? item.leadWeeks : null,
    item.kind === 'earlyLifeSupport' ? item.days : null,
    item.nature === undefined ? null : ITEM_NATURE_LABELS[item.nature],
    item.cutoverKind === undefined ? null : CUTOVER_KIND_LABELS[item.cutoverKind],
    item.signOffAuthority ?? null,
    item.date ?? null,
    item.kind === 'infrastructure' && item.provisioning !== undefined
      ? PROVISIONING_LABELS[item.provisioning]
      : null,
  ];
}

function customFieldsOf(item: Item): Record<string, ImportCell> {
  const value = (item as Record<string, unknown>).customFields;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const fields: Record<string, ImportCell> = {};
  for (const [name, cell] of Object.entries(value as Record<string, unknown>)) {
    fields[name] =
      typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean'
        ? cell
        : JSON.stringify(cell);
  }
  return fields;
}

/** A stream's approval as two cells: how releases are authorised, and by what or whom. */
export function approvalCells(stream: Stream): [string, string, string] {
  const approval = stream.approval;
  if (approval === undefined) return ['Not set', '', ''];
  return [
    APPROVAL_MODE_LABELS[approval.mode].name,
    approverOf(approval),
    approval.conditions ?? '',
  ];
}

export function roleNames(stream: Stream): string {
  return stream.roles.map((id) => findItilRole(id)?.name ?? id).join(', ');
}

export function streamsSheet(streams: readonly Stream[]): ExportSheet {
  return {
    name: 'Streams',
    header: [
      'Stream id',
      'Stream',
      'Cadence',
      'Roles',
      'Approval',
      'Gate or authority',
      'Conditions',
      'Items',
      'Traced item ids',
    ],
    rows: streams.map((stream) => [
      stream.id,
      stream.name,
      describeCadence(stream.cadence),
      roleNames(stream),
      ...approvalCells(stream),
      stream.sourceItemIds.length,
      stream.sourceItemIds.join(', '),
    ]),
    dateColumns: [],
  };
}

/** One row per stream and packaged item it absorbed: the traceability matrix as a list. */
export function tracesSheet(plan: Plan, streams: readonly Stream[]): ExportSheet {
  const where = new Map<string, { item?: Item; delivery: Delivery }>();
  for (const delivery of plan.packagedPlan.deliveries) {
    where.set(delivery.id, { delivery });
    for (const item of delivery.items) where.set(item.id, { item, delivery });
  }
  const rows: ImportCell[][] = [];
  for (const stream of streams) {
    for (const id of stream.sourceItemIds) {
      const found = where.get(id);
      rows.push([
        stream.id,
        stream.name,
        id,
        found === undefined
          ? '(not in the packaged plan)'
          : (found.item?.title ?? found.delivery.name),
        found?.item === undefined
          ? found === undefined
            ? null
            : 'Delivery'
          : ITEM_KIND_LABELS[found.item.kind],
        found?.delivery.name ?? null,
        found?.delivery.date ?? null,
      ]);
    }
  }
  return {
    name: 'Traces',
    header: ['Stream id', 'Stream', 'Item id', 'Item', 'Kind', 'Delivery', 'Go-live date'],
    rows,
    dateColumns: [6],
  };
}
