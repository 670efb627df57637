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

/** Counts of an import that has applied nothing yet. */
export function noImportCounts(): ImportCounts {
  return {
    itemsAdded: 0,
    itemsUpdated: 0,
    deliveriesAdded: 0,
    deliveriesUpdated: 0,
    deliveryRows: 0,
  };
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
 * (kind, title, figure, nature fields, custom fields; moved when the row names another delivery) instead of
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
  const counts = noImportCounts();
  const problems: AppliedRows['problems'] = [];
  // New ids are numbered once for the whole import: asking nextIds row by row is quadratic.
  const newItemIds = nextIds(
    'i',
    taken,
    rows.filter((row) => row.item && row.item.id === undefined).length,
  );
  const newDeliveryIds = nextIds(
    'd',
    [...taken, ...newItemIds],
    rows.filter((row) => row.delivery.id === undefined).length,
  );
  // Which delivery holds each item of the plan (by delivery id), so an update finds it at once.
  const holder = new Map<string, string>();
  for (const delivery of deliveries)
    for (const item of delivery.items) holder.set(item.id, delivery.id);
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
    const refusal = rowRefusal(row, delivery, entry, itemRows, deliveries);
    if (refusal !== undefined) {
      problems.push({ row: row.row, message: refusal });
      continue;
    }
    const itemId = row.item?.id;
    if (delivery === undefined) {
      const id = row.delivery.id ?? newDeliveryIds.shift() ?? 'd1';
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
    const from = itemId === undefined ? undefined : holder.get(itemId);
    const existing =
      itemId === undefined || from === undefined
        ? undefined
        : takeItem(
            deliveries.find((d) => d.id === from),
            itemId,
          );
    if (itemId !== undefined) holder.set(itemId, delivery.id);
    if (existing !== undefined) {
      const item = updatedItem(existing.item, row.item);
      if (existing.delivery === delivery) delivery.items.splice(existing.index, 0, item);
      else delivery.items.push(item);
      counts.itemsUpdated += 1;
    } else {
      const id = itemId ?? newItemIds.shift() ?? 'i1';
      taken.add(id);
      const created = { ...createItem(row.item.draft, id), ...row.item.nature };
      delivery.items.push(withCustom(created, row.item.custom));
      counts.itemsAdded += 1;
    }
  }
  const plan: Plan = { ...base, packagedPlan: { ...base.packagedPlan, deliveries } };
  return { plan, counts, problems };
}

/** Why a row cannot be taken as it stands: a second go-live, a repeated id, an id clash. */
function rowRefusal(
  row: ParsedRow,
  delivery: Delivery | undefined,
  entry: Placed | undefined,
  itemRows: ReadonlyMap<string, number>,
  deliveries: readonly Delivery[],
): string | undefined {
  if (delivery !== undefined && entry?.row !== undefined && delivery.date !== row.delivery.date) {
    return `gives ${row.delivery.date} as the go-live of "${delivery.name}", which row ${String(entry.row)} gives as ${delivery.date}.`;
  }
  const itemId = row.item?.id;
  const earlierRow = itemId === undefined ? undefined : itemRows.get(itemId);
  if (itemId !== undefined && earlierRow !== undefined) {
    return `has the id "${itemId}", which row ${String(earlierRow)} has too.`;
  }
  return idClash(deliveries, row, delivery);
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

/** Removes the item with that id from the delivery that holds it, saying where it was. */
function takeItem(
  delivery: Delivery | undefined,
  id: string,
): { item: Item; delivery: Delivery; index: number } | undefined {
  if (delivery === undefined) return undefined;
  const index = delivery.items.findIndex((item) => item.id === id);
  const [item] = index === -1 ? [] : delivery.items.splice(index, 1);
  return item === undefined ? undefined : { item, delivery, index };
}

function updatedItem(existing: Item, row: NonNullable<ParsedRow['item']>): Item {
  const fresh = createItem(row.draft, existing.id);
  const kept: Record<string, unknown> = { ...withKind(existing, row.draft.kind) };
  // An empty quantity cell means the format's default of 1: the old quantity must go.
  if (fresh.kind === 'infrastructure' && fresh.quantity === undefined) {
    Reflect.deleteProperty(kept, 'quantity');
  }
  // The row's nature, cutover kind, sign-off, item date and provisioning win; an empty cell
  // keeps what the plan had, as for custom fields.
  const item = { ...kept, ...fresh, ...row.nature };
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
