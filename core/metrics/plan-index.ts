import { compareIsoDates } from '../plan/calendar-date';
import type { Delivery, Item, Plan } from '../plan/schema';
import type { CalendarWindow } from './occurrences';

export interface PlacedItem {
  item: Item;
  date: string;
  deliveryId: string;
  inHorizon: boolean;
}

/** Lookups built once per computation so that no figure scans every item per item. */
export interface PlanIndex {
  /** Deliveries dated inside the horizon, in date order (plan order among equal dates). */
  deliveries: Delivery[];
  /** Keyed by item id; a Map because ids come from files and may be "constructor". */
  items: Map<string, PlacedItem>;
}

export function isInside(date: string, window: CalendarWindow): boolean {
  return date >= window.start && date <= window.end;
}

export function indexPlan(plan: Plan, horizon: CalendarWindow): PlanIndex {
  const items = new Map<string, PlacedItem>();
  const deliveries: Delivery[] = [];
  for (const delivery of plan.packagedPlan.deliveries) {
    const inHorizon = isInside(delivery.date, horizon);
    if (inHorizon) deliveries.push(delivery);
    for (const item of delivery.items) {
      // Ids are unique in a valid plan; should one repeat, the first placement wins.
      if (!items.has(item.id)) {
        items.set(item.id, { item, date: delivery.date, deliveryId: delivery.id, inHorizon });
      }
    }
  }
  // YYYY-MM-DD sorts as text; Array.prototype.sort is stable, keeping plan order on ties.
  deliveries.sort((a, b) => compareIsoDates(a.date, b.date));
  return { deliveries, items };
}
