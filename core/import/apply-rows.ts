import { createItem, withKind } from '../plan/item-drafts';
import { nextIds, packagedPlanIds } from '../plan/new-ids';
import type { Delivery, Item, Plan } from '../plan/schema';
import type { CustomFields, ParsedRow } from './read-row';

export interface ImportCounts {
  itemsAdded: number;
  itemsUpdated: number;
  deliveriesAdded: number;
  deliveriesUpdated: number;
  /** Rows that only named a delivery (no item cells). */
  deliveryRows: number;
}

export interface AppliedRows {
  plan: Plan;
  counts: ImportCounts;
  /** Rows that could not be applied (a date or id clash with an earlier row), with the reason. */
  problems: { row: number; message: string }[];
}

interface Placed {
  delivery: Delivery;
  /** The row that first named this delivery in this import, for clash messages. */
  row?: number;
}

/**
 * Applies read rows to a plan: a delivery is found by its id, else its name (else, when the
 * file names neither, its date); an item whose id the plan already has is updated in place
 * (kind, title, figure, custom fields; moved when the row names another delivery) instead of
 * being added twice. Items the file does not mention stay. Pure: the given plan is not changed.
 */
export function applyRows(base: Plan, rows: readonly ParsedRow[]): AppliedRows {
  const deliveries: Delivery[] = base.packagedPlan.deliveries.map((d) => ({
    ...d,
    items: [...d.items],
  }));
  // Ids the file itself gives are taken too: a generated id must never collide with one a
  // later row names.
  const taken = new Set([
    ...packagedPlanIds(base),
    ...rows.flatMap((row) => [row.delivery.id, row.item?.id]).filter((id) => id !== undefined),
  ]);
  const counts: ImportCounts = {
    itemsAdded: 0,
    itemsUpdated: 0,
    deliveriesAdded: 0,
    deliveriesUpdated: 0,
    deliveryRows: 0,
  };
  const problems: AppliedRows['problems'] = [];
  const placed = new Map<Delivery, Placed>(deliveries.map((d) => [d, { delivery: d }]));
  const itemRows = new Map<string, number>();
  const updatedDeliveries = new Set<Delivery>();

  const findDelivery = (wanted: ParsedRow['delivery']): Delivery | undefined => {
    if (wanted.id !== undefined) return deliveries.find((d) => d.id === wanted.id);
    if (wanted.name !== undefined) {
      const name = wanted.name.toLowerCase();
      return deliveries.find((d) => d.name.toLowerCase() === name);
    }
    return deliveries.find((d) => d.date === wanted.date);
  };

  for (const row of rows) {
    let delivery = findDelivery(row.delivery);
    const entry = delivery === undefined ? undefined : placed.get(delivery);
    if (delivery !== undefined && entry?.row !== undefined && delivery.date !== row.delivery.date) {
      problems.push({
        row: row.row,
        message: `gives ${row.delivery.date} as the go-live of "${delivery.name}", which row ${String(entry.row)} gives as ${delivery.date}.`,
      });
      continue;
    }
    const itemId = row.item?.id;
    const earlierRow = itemId === undefined ? undefined : itemRows.get(itemId);
    if (itemId !== undefined && earlierRow !== undefined) {
      problems.push({
        row: row.row,
        message: `has the id "${itemId}", which row ${String(earlierRow)} has too.`,
      });
      continue;
    }
    const clash = idClash(deliveries, row, delivery);
    if (clash !== undefined) {
      problems.push({ row: row.row, message: clash });
      continue;
    }
    if (delivery === undefined) {
      const id = row.delivery.id ?? nextIds('d', taken)[0] ?? 'd1';
      taken.add(id);
      delivery = {
        id,
        name: row.delivery.name ?? `Delivery ${row.delivery.date}`,
        date: row.delivery.date,
        items: [],
      };
      deliveries.push(delivery);
      placed.set(delivery, { delivery, row: row.row });
      counts.deliveriesAdded += 1;
    } else if (entry?.row === undefined) {
      // First mention in this import of a delivery the plan had: the file's date and name win.
      const changed =
        delivery.date !== row.delivery.date ||
        (row.delivery.name !== undefined && row.delivery.name !== delivery.name);
      if (changed) {
        const index = deliveries.indexOf(delivery);
        const updated: Delivery = {
          ...delivery,
          date: row.delivery.date,
          name: row.delivery.name ?? delivery.name,
        };
        deliveries[index] = updated;
        placed.delete(delivery);
        delivery = updated;
        if (!updatedDeliveries.has(delivery)) counts.deliveriesUpdated += 1;
        updatedDeliveries.add(delivery);
      }
      placed.set(delivery, { delivery, row: row.row });
    }
    if (row.item === undefined) {
      counts.deliveryRows += 1;
      continue;
    }
    if (itemId !== undefined) itemRows.set(itemId, row.row);
    const existing = itemId === undefined ? undefined : takeItem(deliveries, itemId);
    if (existing !== undefined) {
      const item = updatedItem(existing.item, row.item);
      if (existing.delivery === delivery) delivery.items.splice(existing.index, 0, item);
      else delivery.items.push(item);
      counts.itemsUpdated += 1;
    } else {
      const id = itemId ?? nextIds('i', taken)[0] ?? 'i1';
      taken.add(id);
      delivery.items.push(withCustom(createItem(row.item.draft, id), row.item.custom));
      counts.itemsAdded += 1;
    }
  }
  const plan: Plan = { ...base, packagedPlan: { ...base.packagedPlan, deliveries } };
  return { plan, counts, problems };
}

/** Deliveries and items share one id namespace (a stream may trace to either). */
function idClash(
  deliveries: readonly Delivery[],
  row: ParsedRow,
  found: Delivery | undefined,
): string | undefined {
  const itemId = row.item?.id;
  if (itemId !== undefined && deliveries.some((d) => d.id === itemId)) {
    return `has the item id "${itemId}", which is a delivery's id.`;
  }
  const deliveryId = row.delivery.id;
  if (found === undefined && deliveryId !== undefined) {
    if (deliveries.some((d) => d.items.some((item) => item.id === deliveryId))) {
      return `has the delivery id "${deliveryId}", which is an item's id.`;
    }
  }
  return undefined;
}

/** Removes the item with that id from whichever delivery holds it, saying where it was. */
function takeItem(
  deliveries: readonly Delivery[],
  id: string,
): { item: Item; delivery: Delivery; index: number } | undefined {
  for (const delivery of deliveries) {
    const index = delivery.items.findIndex((item) => item.id === id);
    if (index === -1) continue;
    const [item] = delivery.items.splice(index, 1);
    if (item !== undefined) return { item, delivery, index };
  }
  return undefined;
}

function updatedItem(existing: Item, row: NonNullable<ParsedRow['item']>): Item {
  const fresh = createItem(row.draft, existing.id);
  const kept: Record<string, unknown> = { ...withKind(existing, row.draft.kind) };
  // An empty quantity cell means the format's default of 1: the old quantity must go.
  if (fresh.kind === 'infrastructure' && fresh.quantity === undefined) {
    Reflect.deleteProperty(kept, 'quantity');
  }
  const item = { ...kept, ...fresh };
  const previous = customOf(existing);
  return withCustom(item, { ...previous, ...row.custom });
}

function customOf(item: Item): CustomFields {
  const value = (item as Record<string, unknown>).customFields;
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as CustomFields)
    : {};
}

function withCustom(item: Item, custom: CustomFields): Item {
  return Object.keys(custom).length === 0 ? item : { ...item, customFields: custom };
}
