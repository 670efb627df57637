import type { Plan, Stream } from '../plan/schema';
import { layOutRuns, type RunPick } from './lay-out-runs';
import { itemSpan, type PlacedItem } from './item-span';
import { blockedSpans, readCalendar, type WorkingCalendar } from './working-calendar';
import { DayTexts } from './day-number';

export type SkipReason = 'window' | 'holiday' | 'non-working';

/** A day the stream's cadence would have run on, and why the change calendar took it away. */
export interface SkippedRun {
  date: string;
  reason: SkipReason;
  /** The blocking window, for `reason: 'window'`. */
  windowId?: string;
}

/**
 * When one stream really runs. `from`..`to` is the span its source items keep it busy (null
 * for a stream that carries no item of the plan, which then never runs).
 */
export interface StreamSchedule {
  streamId: string;
  from: string | null;
  to: string | null;
  /** YYYY-MM-DD, ascending, each once. */
  runs: string[];
  /** Ascending by date. */
  skipped: SkippedRun[];
}

export interface ScheduleOptions {
  /**
   * A cadence of "min–max times a week" is laid out at its `min` (what the stream commits to)
   * unless `max` is asked for (the most it may run, e.g. for an upper bound).
   */
  timesPerWeek?: RunPick;
}

/**
 * Lays out each stream's runs against the plan's change calendar and the work it carries:
 * - a stream runs only from the first to the last day its source items keep it busy (the
 *   earliest briefing or training lead time to the latest go-live or end of early life support);
 * - daily and every-n-days cadences run on working days that are not holidays (the calendar's
 *   working days; Monday to Friday without a calendar), as do "times a week" cadences;
 * - no run falls inside a freeze or blackout window that blocks the stream (maintenance
 *   windows block nothing; the emergency path is blocked only by a window that names it);
 * - an as-required stream runs on the days its items are due, whatever the weekday, unless a
 *   window blocks that day.
 * Pure; one entry per stream of the design, in design order (none without a design).
 */
export function scheduleStreams(plan: Plan, options: ScheduleOptions = {}): StreamSchedule[] {
  return scheduleDesign(plan, plan.streamDesign?.streams ?? [], options);
}

/**
 * The same for a design that is not (yet) the plan's own, e.g. a proposed conversion. Pass the
 * plan's index when the caller has one, so a large plan is not indexed twice.
 */
/** What scheduling looks items up in: `PlanIndex` fits, or the lighter `placeItems`. */
export interface ItemLookup {
  itemsById: ReadonlyMap<string, PlacedItem>;
}

/** Each item by id with its delivery (the first of a duplicate id wins, as in PlanIndex). */
export function placeItems(plan: Plan): ItemLookup {
  const itemsById = new Map<string, PlacedItem>();
  for (const delivery of plan.packagedPlan.deliveries) {
    const placed = { delivery };
    for (const item of delivery.items) {
      if (!itemsById.has(item.id)) itemsById.set(item.id, { item, delivery: placed });
    }
  }
  return { itemsById };
}

export function scheduleDesign(
  plan: Plan,
  streams: readonly Stream[],
  options: ScheduleOptions = {},
  index: ItemLookup = placeItems(plan),
): StreamSchedule[] {
  const working = readCalendar(plan.changeCalendar);
  const days = new DayTexts();
  return streams.map((stream) => scheduleStream(stream, index, working, days, options));
}

/** The stream's source items that exist in the plan, each once. */
export function carriedBy(stream: Stream, index: ItemLookup): PlacedItem[] {
  const seen = new Set<string>();
  const carried: PlacedItem[] = [];
  for (const id of stream.sourceItemIds) {
    const entry = index.itemsById.get(id);
    if (entry === undefined || seen.has(id)) continue;
    seen.add(id);
    carried.push(entry);
  }
  return carried;
}

export function scheduleStream(
  stream: Stream,
  index: ItemLookup,
  working: WorkingCalendar,
  days: DayTexts,
  options: ScheduleOptions = {},
): StreamSchedule {
  const carried = carriedBy(stream, index);
  if (carried.length === 0) {
    return { streamId: stream.id, from: null, to: null, runs: [], skipped: [] };
  }
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  const due: number[] = [];
  for (const item of carried) {
    const span = itemSpan(item, days);
    if (span.start < from) from = span.start;
    if (span.end > to) to = span.end;
    due.push(span.due);
  }
  const laidOut = layOutRuns({
    cadence: stream.cadence,
    from,
    to,
    due,
    working,
    blocked: blockedSpans(working, stream),
    pick: options.timesPerWeek ?? 'min',
  });
  return {
    streamId: stream.id,
    from: days.textOf(from),
    to: days.textOf(to),
    runs: laidOut.runs.map((day) => days.textOf(day)),
    skipped: laidOut.skipped.map(({ day, reason, windowId }) =>
      windowId === undefined
        ? { date: days.textOf(day), reason }
        : { date: days.textOf(day), reason, windowId },
    ),
  };
}
