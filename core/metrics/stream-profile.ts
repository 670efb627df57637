import { ROLE } from '../itil/roles';
import { RELEASING_KINDS } from '../plan/item-kinds';
import { itemDate, type Item, type ItemKind, type Stream } from '../plan/schema';
import type { CalendarWindow } from './occurrences';
import type { PlanIndex } from '../plan/plan-index';
import type { Range } from './range';
import { scheduledMeanGap, scheduledOccurrences, type ScheduledStream } from './scheduled-runs';

/** A source item with its go-live date and whether that falls inside the horizon. */
export interface PlacedItem {
  item: Item;
  date: string;
  inHorizon: boolean;
}

export function isInside(date: string, window: CalendarWindow): boolean {
  return date >= window.start && date <= window.end;
}

export interface StreamProfile {
  stream: Stream;
  /** Runs the schedule makes inside the horizon (calendar and the items' dates kept). */
  occurrences: Range;
  /** Mean calendar days between two of those runs. */
  meanGap: Range;
  release: boolean;
  deploys: boolean;
  needsChangeAuthority: boolean;
  kinds: ReadonlySet<ItemKind>;
  /** Source items that exist in the plan, each once. */
  sourceItems: PlacedItem[];
  /** How many of them are delivered inside the horizon. */
  itemsInHorizon: number;
}

export function profileStream(
  scheduled: ScheduledStream,
  index: PlanIndex,
  horizon: CalendarWindow,
): StreamProfile {
  const { stream } = scheduled;
  const seen = new Set<string>();
  const sourceItems: PlacedItem[] = [];
  const kinds = new Set<ItemKind>();
  let itemsInHorizon = 0;
  for (const id of stream.sourceItemIds) {
    if (seen.has(id)) continue;
    seen.add(id);
    // An id that names no item is a reference problem for validation, not a metric.
    const entry = index.itemsById.get(id);
    if (!entry) continue;
    const date = itemDate(entry.item, entry.delivery.delivery);
    const placed = { item: entry.item, date, inHorizon: isInside(date, horizon) };
    sourceItems.push(placed);
    kinds.add(placed.item.kind);
    if (placed.inHorizon) itemsInHorizon += 1;
  }
  let release = false;
  for (const kind of kinds) if (RELEASING_KINDS.has(kind)) release = true;
  return {
    stream,
    occurrences: scheduledOccurrences(scheduled, horizon),
    meanGap: scheduledMeanGap(scheduled, horizon),
    release,
    deploys: stream.roles.includes(ROLE.releaseDeployment),
    // Without an approval model nobody has devolved approval, so a change authority decides.
    needsChangeAuthority: stream.approval?.mode !== 'preAuthorised',
    kinds,
    sourceItems,
    itemsInHorizon,
  };
}
