import { useShallow } from 'zustand/react/shallow';
import type { Item, ItemKind } from '../../../../core/plan/schema';
import { useDocumentStore } from '../../state/document-store';

/**
 * Narrow selectors: each part of the editor reads only what it shows, so typing in one item's
 * title re-renders that row and nothing else (a delivery card reads its items' ids and kinds,
 * which typing does not change).
 */

export function useDeliveryIds(): string[] {
  return useDocumentStore(
    useShallow((s) => s.plan?.packagedPlan.deliveries.map((d) => d.id) ?? []),
  );
}

export interface DeliveryHeading {
  id: string;
  name: string;
  date: string;
  itemCount: number;
}

export function useDeliveryHeading(delivery: number): DeliveryHeading | null {
  return useDocumentStore(
    useShallow((s) => {
      const found = s.plan?.packagedPlan.deliveries[delivery];
      return found
        ? { id: found.id, name: found.name, date: found.date, itemCount: found.items.length }
        : null;
    }),
  );
}

/** The ids and kinds of a delivery's items, in plan order: what the grouped list is made of. */
export function useDeliveryItemKeys(delivery: number): { ids: string[]; kinds: ItemKind[] } {
  const ids = useDocumentStore(
    useShallow(
      (s) => s.plan?.packagedPlan.deliveries[delivery]?.items.map((item) => item.id) ?? [],
    ),
  );
  const kinds = useDocumentStore(
    useShallow(
      (s) => s.plan?.packagedPlan.deliveries[delivery]?.items.map((item) => item.kind) ?? [],
    ),
  );
  return { ids, kinds };
}

export function useItemAt(delivery: number, item: number): Item | undefined {
  return useDocumentStore((s) => s.plan?.packagedPlan.deliveries[delivery]?.items[item]);
}

/** Ids and names of every delivery, for "Move to delivery…" (read while the menu is open). */
export function useDeliveryChoices(): { ids: string[]; names: string[] } {
  const ids = useDeliveryIds();
  const names = useDocumentStore(
    useShallow((s) => s.plan?.packagedPlan.deliveries.map((d) => d.name) ?? []),
  );
  return { ids, names };
}
