import { ITEM_KIND_LABELS } from '../plan/item-kinds';
import type { ConversionRule, ConversionRuleTable, Item, ItemKind, Stream } from '../plan/schema';
import type { RuleMatcher } from './rule-match';

/** Why an item is in no stream: what the conversion review and the CLI tell the user. */

export interface PackagedItemRef {
  item: Item;
  deliveryId: string;
}

export interface UnmappedItem {
  itemId: string;
  deliveryId: string;
  kind: ItemKind;
  title: string;
  reason: string;
}

export function findUnmapped(
  items: readonly PackagedItemRef[],
  streams: readonly Stream[],
  previous: readonly Stream[],
  rules: ConversionRuleTable,
  removedRuleIds: ReadonlySet<string>,
  matcher: RuleMatcher,
): UnmappedItem[] {
  const takenOutOf = new Map<string, string>();
  for (const stream of previous) {
    const holds = new Set(stream.sourceItemIds);
    for (const id of stream.derivedFrom?.baseline.sourceItemIds ?? []) {
      if (!holds.has(id) && !takenOutOf.has(id)) takenOutOf.set(id, stream.name);
    }
  }
  return itemsInNoStream(items, streams, (item) =>
    unmappedReason(
      item.kind,
      rules.rules.filter((rule) => matcher.takes(rule, item)),
      takenOutOf.get(item.id),
      removedRuleIds,
    ),
  );
}

/** The items no stream carries, in plan order, each with the reason `reasonFor` gives. */
export function itemsInNoStream(
  items: readonly PackagedItemRef[],
  streams: readonly Stream[],
  reasonFor: (item: Item) => string,
): UnmappedItem[] {
  const carried = new Set(streams.flatMap((stream) => stream.sourceItemIds));
  return items
    .filter(({ item }) => !carried.has(item.id))
    .map(({ item, deliveryId }) => ({
      itemId: item.id,
      deliveryId,
      kind: item.kind,
      title: item.title,
      reason: reasonFor(item),
    }));
}

function unmappedReason(
  kind: ItemKind,
  rules: readonly ConversionRule[] | undefined,
  takenOutOf: string | undefined,
  removedRuleIds: ReadonlySet<string>,
): string {
  const label = ITEM_KIND_LABELS[kind].toLowerCase();
  if (rules === undefined || rules.length === 0) {
    return `no conversion rule takes items of kind "${kind}" (${label}); assign it to a stream by hand`;
  }
  if (takenOutOf !== undefined) {
    return `it was taken out of "${takenOutOf}" by hand and is in no other stream`;
  }
  if (rules.every((rule) => removedRuleIds.has(rule.id))) {
    const names = rules.map((rule) => `"${rule.stream.name}"`).join(', ');
    return `the stream its rule creates (${names}) was removed from the design`;
  }
  return 'no stream carries it';
}
