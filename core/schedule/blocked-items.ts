import type { ItemEntry, PlanIndex } from '../plan/plan-index';
import type { ChangeWindow } from '../plan/schema-calendar';
import type { Stream } from '../plan/schema';
import { DayTexts } from './day-number';
import { itemSpan } from './item-span';
import { blockedSpans, readCalendar } from './working-calendar';

export interface ItemsInWindow {
  window: ChangeWindow;
  /** The stream's items due inside it, in plan order. */
  items: ItemEntry[];
}

/**
 * The items a stream must deliver on a day a window blocks it: the schedule cannot run the
 * stream then, so those dates cannot hold. One entry per window, in calendar order.
 */
export function itemsDueInBlockingWindows(index: PlanIndex, stream: Stream): ItemsInWindow[] {
  const windows = index.plan.changeCalendar?.windows ?? [];
  if (windows.length === 0) return [];
  const spans = blockedSpans(readCalendar(index.plan.changeCalendar), stream);
  if (spans.length === 0) return [];
  const days = new DayTexts();
  const byWindow = new Map<string, ItemEntry[]>();
  const seen = new Set<string>();
  for (const id of stream.sourceItemIds) {
    const entry = index.itemsById.get(id);
    if (entry === undefined || seen.has(id)) continue;
    seen.add(id);
    const due = itemSpan(entry, days).due;
    const span = spans.find((candidate) => candidate.start <= due && due <= candidate.end);
    if (span === undefined) continue;
    const items = byWindow.get(span.windowId) ?? [];
    items.push(entry);
    byWindow.set(span.windowId, items);
  }
  const found: ItemsInWindow[] = [];
  for (const span of spans) {
    const items = byWindow.get(span.windowId);
    const window = windows.find((candidate) => candidate.id === span.windowId);
    if (items === undefined || window === undefined) continue;
    byWindow.delete(span.windowId);
    found.push({ window, items });
  }
  return found;
}
