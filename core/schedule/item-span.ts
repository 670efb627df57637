import type { Item } from '../plan/schema';
import { itemDate } from '../plan/schema';
import type { DayTexts } from './day-number';

/**
 * When one item's work happens, as day numbers: `due` is the day it is delivered (a briefing
 * or training on its lead time before go-live), `start`..`end` the days it keeps a stream busy
 * (early life support runs on after go-live).
 */
/** An item and its delivery: what `PlanIndex.itemsById` holds, and all a span needs. */
export interface PlacedItem {
  item: Item;
  delivery: { delivery: { date: string } };
}

export interface ItemSpan {
  start: number;
  end: number;
  due: number;
}

export function itemSpan(entry: PlacedItem, days: DayTexts): ItemSpan {
  const { item } = entry;
  const date = days.numberOf(itemDate(item, entry.delivery.delivery));
  switch (item.kind) {
    case 'opsBriefing':
    case 'training': {
      const before = date - Math.round(item.leadWeeks * 7);
      return { start: before, end: date, due: before };
    }
    case 'earlyLifeSupport':
      // A part day still touches the day, as the metrics horizon counts it.
      return { start: date, end: date + Math.ceil(item.days), due: date };
    default:
      return { start: date, end: date, due: date };
  }
}

/** The day an item is delivered on, as `YYYY-MM-DD` (a briefing: its lead time before go-live). */
export function itemDueDate(entry: PlacedItem, days: DayTexts): string {
  return days.textOf(itemSpan(entry, days).due);
}
