import { rulesOf } from '../../../../core/conversion/convert';
import { ITEM_KIND_LABELS } from '../../../../core/plan/item-kinds';
import type { Item, Plan, Stream } from '../../../../core/plan/schema';

export interface DeliveryRow {
  type: 'delivery';
  deliveryId: string;
  name: string;
  date: string;
  itemCount: number;
}

export interface ItemRow {
  type: 'item';
  item: Item;
  deliveryId: string;
  deliveryName: string;
  /** Ids of the streams that carry the item, in design order. */
  streamIds: readonly string[];
}

export type TraceRow = DeliveryRow | ItemRow;

/**
 * The traceability matrix's rows: a heading row per delivery, then its items, each with the
 * streams that absorbed it. Linear in items plus trace entries, for plans of thousands of items.
 */
export function traceRows(plan: Plan, streams: readonly Stream[]): TraceRow[] {
  const carriers = new Map<string, string[]>();
  for (const stream of streams) {
    for (const itemId of new Set(stream.sourceItemIds)) {
      const list = carriers.get(itemId);
      if (list) list.push(stream.id);
      else carriers.set(itemId, [stream.id]);
    }
  }
  const rows: TraceRow[] = [];
  for (const delivery of plan.packagedPlan.deliveries) {
    const name = delivery.name.trim() === '' ? delivery.id : delivery.name;
    rows.push({
      type: 'delivery',
      deliveryId: delivery.id,
      name,
      date: delivery.date,
      itemCount: delivery.items.length,
    });
    for (const item of delivery.items) {
      rows.push({
        type: 'item',
        item,
        deliveryId: delivery.id,
        deliveryName: name,
        streamIds: carriers.get(item.id) ?? [],
      });
    }
  }
  return rows;
}

/**
 * Why an item is in no stream: what the last conversion said when it still applies, else what
 * the plan's rule table says about its kind.
 */
export function unmappedReason(
  plan: Plan,
  item: Item,
  lastReasons: ReadonlyMap<string, string>,
): string {
  const said = lastReasons.get(item.id);
  if (said !== undefined) return said;
  const hasRule = rulesOf(plan).rules.some((rule) => rule.kinds.includes(item.kind));
  if (!hasRule) {
    return `no conversion rule takes items of kind "${item.kind}" (${ITEM_KIND_LABELS[item.kind].toLowerCase()}); assign it to a stream by hand`;
  }
  return 'no stream carries it';
}

/**
 * The rows whose item matches every word of `query` (title, id, kind or delivery name, any
 * case), each delivery heading kept above its matching items; an empty query keeps every row.
 */
export function filterTraceRows(rows: readonly TraceRow[], query: string): readonly TraceRow[] {
  const words = query.toLowerCase().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return rows;
  const kept: TraceRow[] = [];
  let heading: DeliveryRow | null = null;
  for (const row of rows) {
    if (row.type === 'delivery') {
      heading = row;
      continue;
    }
    const text =
      `${row.item.title} ${row.item.id} ${ITEM_KIND_LABELS[row.item.kind]} ${row.deliveryName}`.toLowerCase();
    if (!words.every((word) => text.includes(word))) continue;
    if (heading) {
      kept.push(heading);
      heading = null;
    }
    kept.push(row);
  }
  return kept;
}

/** About two lines of the matrix's item column. */
const SHOWN_TITLE_CHARS = 80;
const KEPT_END_CHARS = 30;

/**
 * A long title cut in the middle, not at its end: the titles of a large plan often differ only
 * in their last words ("… for acquirer group 42"), so the end is kept and stays readable.
 */
export function middleCut(title: string): string {
  const chars = Array.from(title);
  if (chars.length <= SHOWN_TITLE_CHARS) return title;
  const head = chars.slice(0, SHOWN_TITLE_CHARS - KEPT_END_CHARS - 1).join('');
  const tail = chars.slice(-KEPT_END_CHARS).join('');
  return `${head.trimEnd()} … ${tail.trimStart()}`;
}
