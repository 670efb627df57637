import type { PlanIndex } from '../plan/plan-index';
import type { Plan, Stream } from '../plan/schema';
import { carriedBy, itemDueDate, scheduleStream } from '../schedule';
import { DayTexts } from '../schedule/day-number';
import { readCalendar } from '../schedule/working-calendar';
import { daysBetween } from './calendar';
import { meanGapDays, type CalendarWindow } from './occurrences';
import { exactly, type Range } from './range';

/**
 * What the metrics read of a stream's schedule: the runs it commits to (`atLeast`) and the most
 * it may make (`atMost`, which differs only for a "min–max times a week" cadence), and the days
 * its items are due (an as-required stream makes at most one run per item).
 */
export interface ScheduledStream {
  stream: Stream;
  atLeast: readonly string[];
  atMost: readonly string[];
  dueDates: readonly string[];
}

export function scheduleForMetrics(
  plan: Plan,
  index: PlanIndex,
  streams: readonly Stream[],
): ScheduledStream[] {
  const working = readCalendar(plan.changeCalendar);
  const days = new DayTexts();
  return streams.map((stream) => {
    const least = scheduleStream(stream, index, working, days).runs;
    // Only a "min–max times a week" cadence lays out differently at its most.
    const most =
      stream.cadence.kind === 'timesPerWeek'
        ? scheduleStream(stream, index, working, days, { timesPerWeek: 'max' }).runs
        : least;
    const dueDates = carriedBy(stream, index).map((entry) => itemDueDate(entry, days));
    return { stream, atLeast: least, atMost: most, dueDates };
  });
}

/** The first index whose date is not before `date`, in an ascending list. */
function lowerBound(days: readonly string[], date: string): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((days[middle] ?? '') < date) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The runs inside the window, both ends counted. */
export function runsInside(runs: readonly string[], window: CalendarWindow): readonly string[] {
  return runs.slice(lowerBound(runs, window.start), lowerBound(runs, `${window.end}~`));
}

/**
 * How many times the stream really runs in the window. An as-required stream runs at least
 * once on each day something is due, at most once per item due on a day it may run.
 */
export function scheduledOccurrences(scheduled: ScheduledStream, window: CalendarWindow): Range {
  const least = runsInside(scheduled.atLeast, window);
  if (scheduled.stream.cadence.kind !== 'asRequired') {
    return { min: least.length, max: runsInside(scheduled.atMost, window).length };
  }
  const open = new Set(least);
  return { min: least.length, max: scheduled.dueDates.filter((date) => open.has(date)).length };
}

/** Mean calendar days between two consecutive runs, or undefined with fewer than two. */
function meanGap(runs: readonly string[]): number | undefined {
  const first = runs[0];
  const last = runs.at(-1);
  if (runs.length < 2 || first === undefined || last === undefined) return undefined;
  return daysBetween(first, last) / (runs.length - 1);
}

/**
 * Mean calendar days between runs inside the window, from the schedule: a freeze or a holiday
 * season lengthens it. As-required runs when something is ready: no wait. With fewer than two
 * runs there is no gap to measure, and the cadence's own rhythm stands in.
 */
export function scheduledMeanGap(scheduled: ScheduledStream, window: CalendarWindow): Range {
  const { cadence } = scheduled.stream;
  if (cadence.kind === 'asRequired') return exactly(0);
  const nominal = meanGapDays(cadence);
  const shortest = meanGap(runsInside(scheduled.atMost, window)) ?? nominal.min;
  const longest = meanGap(runsInside(scheduled.atLeast, window)) ?? nominal.max;
  return { min: Math.min(shortest, longest), max: Math.max(shortest, longest) };
}
