import { addCalendarDays } from '../metrics/calendar';
import { resolveHorizon } from '../metrics/horizon';
import type { Plan } from '../plan/schema';
import type { DiagramOptions } from './types';
import { DEFAULT_CADENCE_WEEKS, MAX_CADENCE_WEEKS, defaultCadenceStart } from './views/cadence';

/** How much of the plan the cadence view shows: a few weeks a person reads run by run, or all. */
export const CADENCE_SPANS = ['4', '12', 'whole'] as const;
export type CadenceSpan = (typeof CADENCE_SPANS)[number];

export const CADENCE_SPAN_LABELS: Record<CadenceSpan, string> = {
  '4': `${String(DEFAULT_CADENCE_WEEKS)} weeks`,
  '12': '12 weeks',
  whole: 'Whole horizon',
};

export type CadenceWindow = NonNullable<DiagramOptions['cadenceWindow']>;

/**
 * The window the reader chose: `start` (null for the plan's own start) and a span. The whole
 * horizon is one window from the horizon's first to its last week, which the view draws as run
 * counts per band of weeks once it is too long to draw run by run. Null when the plan has no
 * date to start from (the view then says so).
 */
export function cadenceWindowOf(
  plan: Plan,
  start: string | null,
  span: CadenceSpan,
): CadenceWindow | null {
  if (span === 'whole') {
    const resolved = resolveHorizon(plan);
    if (!resolved.ok) return null;
    const weeks = Math.ceil(resolved.horizon.days / 7);
    return {
      start: resolved.horizon.start,
      weeks: Math.min(MAX_CADENCE_WEEKS, Math.max(1, weeks)),
    };
  }
  const from = start ?? defaultCadenceStart(plan);
  return from === undefined ? null : { start: from, weeks: Number(span) };
}

/** The window just before (-1) or after (1) this one, of the same length. */
export function shiftCadenceWindow(window: CadenceWindow, direction: -1 | 1): CadenceWindow {
  const start = addCalendarDays(window.start, direction * window.weeks * 7) ?? window.start;
  return { start, weeks: window.weeks };
}
