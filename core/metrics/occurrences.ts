import type { Cadence } from '../plan/schema';
import { countWorkingDays, inclusiveDays } from './calendar';
import { exactly, type Range } from './range';

export interface CalendarWindow {
  start: string;
  end: string;
}

export interface OccurrenceContext {
  /** The delivery date of each of the stream's source items, one entry per item. */
  sourceItemDates: readonly string[];
}

/**
 * How many times a cadence fires in the window (both ends counted). Streams are worked by
 * people on working days, so daily and every-n-days cadences count Monday to Friday only.
 * `asRequired` cannot be pinned down: at least one event per distinct date its items were due,
 * at most one per item.
 */
export function countOccurrences(
  cadence: Cadence,
  horizon: CalendarWindow,
  context: OccurrenceContext,
): Range {
  switch (cadence.kind) {
    case 'daily':
      return exactly(countWorkingDays(horizon.start, horizon.end));
    case 'everyNDays':
      // The first run is on the first working day, then every n-th working day after it. The
      // floor of 1 keeps an unvalidated n from dividing by zero.
      return exactly(
        Math.ceil(countWorkingDays(horizon.start, horizon.end) / Math.max(1, cadence.n)),
      );
    case 'timesPerWeek': {
      const days = inclusiveDays(horizon.start, horizon.end);
      return {
        min: Math.floor((cadence.min * days) / 7),
        max: Math.ceil((cadence.max * days) / 7),
      };
    }
    case 'asRequired': {
      const dates = new Set<string>();
      let items = 0;
      for (const date of context.sourceItemDates) {
        if (date < horizon.start || date > horizon.end) continue;
        dates.add(date);
        items += 1;
      }
      return { min: dates.size, max: items };
    }
  }
}

/**
 * Mean calendar days between two runs of a cadence. Five working-day runs spread over seven
 * calendar days, hence 7/5 for daily. As-required runs when something is ready: no wait.
 */
export function meanGapDays(cadence: Cadence): Range {
  switch (cadence.kind) {
    case 'daily':
      return exactly(7 / 5);
    case 'everyNDays':
      return exactly((7 * cadence.n) / 5);
    case 'timesPerWeek':
      return { min: 7 / cadence.max, max: 7 / cadence.min };
    case 'asRequired':
      return exactly(0);
  }
}
