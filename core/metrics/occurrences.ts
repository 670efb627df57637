import type { Cadence } from '../plan/schema';
import { exactly, type Range } from './range';

export interface CalendarWindow {
  start: string;
  end: string;
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
