import { ITEM_KINDS, type ItemKind } from '../../../../core/plan/schema';

/** A line of a delivery's item list: a kind's heading, or an item (by its index in the plan). */
export type ItemListEntry =
  { type: 'group'; kind: ItemKind; count: number } | { type: 'item'; index: number; id: string };

/**
 * A delivery's items grouped by kind, in the format's kind order; within a kind, plan order.
 * The plan keeps its own order: grouping is only how the editor shows it.
 */
export function groupItems(ids: readonly string[], kinds: readonly ItemKind[]): ItemListEntry[] {
  const byKind = new Map<ItemKind, number[]>();
  kinds.forEach((kind, index) => {
    const list = byKind.get(kind);
    if (list) list.push(index);
    else byKind.set(kind, [index]);
  });
  const entries: ItemListEntry[] = [];
  for (const kind of ITEM_KINDS) {
    const indices = byKind.get(kind);
    if (!indices) continue;
    entries.push({ type: 'group', kind, count: indices.length });
    for (const index of indices) entries.push({ type: 'item', index, id: ids[index] ?? '' });
  }
  return entries;
}

export function entryKey(entry: ItemListEntry): string {
  return entry.type === 'group' ? `group:${entry.kind}` : entry.id;
}
