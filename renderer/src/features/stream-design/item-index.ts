import { useMemo } from 'react';
import type { Item, Plan } from '../../../../core/plan/schema';
import { titleOr } from '../../../../core/plan/untitled';

type PackagedPlan = Plan['packagedPlan'];

export interface IndexedItem {
  item: Item;
  deliveryId: string;
  deliveryName: string;
}

export interface ItemIndex {
  /** Every item in plan order. */
  items: readonly IndexedItem[];
  byId: ReadonlyMap<string, IndexedItem>;
}

export function indexItems(packagedPlan: PackagedPlan): ItemIndex {
  const items: IndexedItem[] = [];
  for (const delivery of packagedPlan.deliveries) {
    for (const item of delivery.items) {
      items.push({ item, deliveryId: delivery.id, deliveryName: delivery.name || delivery.id });
    }
  }
  return { items, byId: new Map(items.map((entry) => [entry.item.id, entry])) };
}

/** The packaged plan's items, re-indexed only when the packaged plan changes. */
export function useItemIndex(packagedPlan: PackagedPlan): ItemIndex {
  return useMemo(() => indexItems(packagedPlan), [packagedPlan]);
}

/** How an item is named in lists: its title, or the untitled wording with its id. */
export function itemTitle(item: Item): string {
  return titleOr(item.title, item.id);
}
