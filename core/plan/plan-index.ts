import { compareIsoDates } from './calendar-date';
import type { Delivery, Item, Plan, Stream } from './schema';

/** A JSON path as segments: object keys and array indices. */
export type PathSegment = string | number;

export interface DeliveryEntry {
  delivery: Delivery;
  /** Its place in the packaged plan, from 0. */
  position: number;
  path: readonly PathSegment[];
  items: readonly ItemEntry[];
}

export interface ItemEntry {
  item: Item;
  delivery: DeliveryEntry;
  path: readonly PathSegment[];
}

export interface StreamEntry {
  stream: Stream;
  path: readonly PathSegment[];
  roles: ReadonlySet<string>;
  /** The items of the packaged plan it traces to, once each; stale ids left out. */
  carried: readonly ItemEntry[];
}

/**
 * The plan's one index: everything readiness, metrics and the diagrams look up, built once so
 * that every pass stays linear in the size of the plan. Ids come from a file and may be
 * "constructor": lookups go through Maps and Sets.
 */
export interface PlanIndex {
  plan: Plan;
  deliveries: readonly DeliveryEntry[];
  /** Go-live order: by date, plan order for deliveries on the same day. */
  deliveriesByDate: readonly DeliveryEntry[];
  items: readonly ItemEntry[];
  itemsById: ReadonlyMap<string, ItemEntry>;
  /** Absent before conversion; may be an empty list. */
  streams: readonly StreamEntry[] | undefined;
  /** Ids of the items at least one stream carries. */
  carriedIds: ReadonlySet<string>;
}

export function indexPlan(plan: Plan): PlanIndex {
  const deliveries: DeliveryEntry[] = [];
  const items: ItemEntry[] = [];
  const itemsById = new Map<string, ItemEntry>();
  plan.packagedPlan.deliveries.forEach((delivery, d) => {
    const path = ['packagedPlan', 'deliveries', d];
    const own: ItemEntry[] = [];
    const entry: DeliveryEntry = { delivery, position: d, path, items: own };
    deliveries.push(entry);
    delivery.items.forEach((item, i) => {
      const itemEntry: ItemEntry = { item, delivery: entry, path: [...path, 'items', i] };
      own.push(itemEntry);
      items.push(itemEntry);
      // A duplicate id is a parse problem; the first one wins, as a stream trace would.
      if (!itemsById.has(item.id)) itemsById.set(item.id, itemEntry);
    });
  });
  // ISO dates compare as text; the stable sort keeps plan order on the same day.
  const deliveriesByDate = [...deliveries].sort((a, b) =>
    compareIsoDates(a.delivery.date, b.delivery.date),
  );

  const carriedIds = new Set<string>();
  const streams = plan.streamDesign?.streams.map((stream, s): StreamEntry => {
    const carried: ItemEntry[] = [];
    const seen = new Set<string>();
    for (const itemId of stream.sourceItemIds) {
      const itemEntry = itemsById.get(itemId);
      if (itemEntry === undefined || seen.has(itemId)) continue;
      seen.add(itemId);
      carried.push(itemEntry);
      carriedIds.add(itemId);
    }
    return {
      stream,
      path: ['streamDesign', 'streams', s],
      roles: new Set(stream.roles),
      carried,
    };
  });

  return {
    plan,
    deliveries,
    deliveriesByDate,
    items,
    itemsById,
    streams,
    carriedIds,
  };
}

/** The streams to check coverage against: none when there is no design or it is empty. */
export function designedStreams(index: PlanIndex): readonly StreamEntry[] | undefined {
  return index.streams !== undefined && index.streams.length > 0 ? index.streams : undefined;
}

export function hasKind(entries: readonly ItemEntry[], kind: Item['kind']): boolean {
  return entries.some((entry) => entry.item.kind === kind);
}
