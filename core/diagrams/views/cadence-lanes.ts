import { addCalendarDays, daysBetween } from '../../metrics/calendar';
import { formatRange } from '../../metrics/format-number';
import type { CalendarWindow } from '../../metrics/occurrences';
import {
  runsInside,
  scheduledOccurrences,
  type ScheduledStream,
} from '../../metrics/scheduled-runs';
import { describeCadence } from '../../plan/cadence-labels';
import type { Cadence } from '../../plan/schema';
import { untitled } from '../../plan/untitled';
import { MAX_SECTION_LENGTH, shortenLabel } from '../escape';
import { count } from '../fit';
import type { GanttSection, GanttTask } from '../gantt';

/**
 * One lane per stream, drawn from its schedule: the runs the change calendar and the stream's
 * items allow (none inside a window that blocks it, none before or after its items need it).
 * "1–2 times a week" shows as a band per week it runs (the cadence does not say which days),
 * "as required" on the days its items are due and may go live.
 */
export interface LaneWindow extends CalendarWindow {
  weeks: number;
}

/** Consecutive stretches of `weeks` weeks from the window's start; the last may be shorter. */
export function bandsOf(window: CalendarWindow, weeks: number): CalendarWindow[] {
  const bands: CalendarWindow[] = [];
  for (let start: string | null = window.start; start !== null && start <= window.end;) {
    const end = addCalendarDays(start, weeks * 7 - 1);
    const clipped = end === null || end > window.end ? window.end : end;
    bands.push({ start, end: clipped });
    start = addCalendarDays(clipped, 1);
  }
  return bands;
}

export const lengthOf = (band: CalendarWindow): number => daysBetween(band.start, band.end) + 1;

function perWeek(cadence: Cadence & { kind: 'timesPerWeek' }): string {
  return cadence.min === cadence.max
    ? `${String(cadence.min)}×/week`
    : `${String(cadence.min)}–${String(cadence.max)}×/week`;
}

/** Runs in a band of weeks, as bare figures like the daily lanes' counts ("2–4"). */
function countPerBand(cadence: Cadence & { kind: 'timesPerWeek' }, bandWeeks: number): string {
  const least = cadence.min * bandWeeks;
  const most = cadence.max * bandWeeks;
  return least === most ? String(least) : `${String(least)}–${String(most)}`;
}

const inside = (days: readonly string[], span: CalendarWindow): number =>
  runsInside(days, span).length;

/** `bandWeeks` 0 draws every run; otherwise runs are counted per band of that many weeks. */
function laneTasks(lane: ScheduledStream, window: LaneWindow, bandWeeks: number): GanttTask[] {
  const { cadence } = lane.stream;
  const runs = runsInside(lane.atLeast, window);
  switch (cadence.kind) {
    case 'daily':
    case 'everyNDays': {
      if (bandWeeks === 0) {
        return runs.map((day) => ({ text: String(Number(day.slice(8))), start: day, days: 1 }));
      }
      return bandsOf(window, bandWeeks).flatMap((band) => {
        const n = inside(runs, band);
        // A bare number per band: the lane's title says they are runs, and a week is narrow.
        return n === 0 ? [] : [{ text: String(n), start: band.start, days: lengthOf(band) }];
      });
    }
    case 'timesPerWeek':
      return bandsOf(window, Math.max(1, bandWeeks)).flatMap((band) =>
        inside(lane.atMost, band) === 0
          ? []
          : [
              {
                text: bandWeeks === 0 ? perWeek(cadence) : countPerBand(cadence, bandWeeks),
                start: band.start,
                days: lengthOf(band),
              },
            ],
      );
    case 'asRequired': {
      if (runs.length === 0) {
        return [
          {
            text: 'As required · nothing due in this window',
            start: window.start,
            days: window.weeks * 7,
          },
        ];
      }
      const open = new Set(runs);
      const due = lane.dueDates.filter((date) => open.has(date)).sort();
      const spans =
        bandWeeks === 0
          ? runs.map((day) => ({ start: day, end: day }))
          : bandsOf(window, bandWeeks);
      return spans.flatMap((span) => {
        const n = inside(due, span);
        if (n === 0) return [];
        return [
          {
            text: `As required · ${count(n, 'item')} due`,
            start: span.start,
            days: lengthOf(span),
          },
        ];
      });
    }
  }
}

export function laneSection(
  lane: ScheduledStream,
  window: LaneWindow,
  bandWeeks: number,
): GanttSection {
  const runs = scheduledOccurrences(lane, window);
  const many = runs.max !== 1;
  return {
    title: [
      shortenLabel(lane.stream.name, MAX_SECTION_LENGTH) || untitled(lane.stream.id),
      `${describeCadence(lane.stream.cadence)} · ${formatRange(runs)} ${many ? 'runs' : 'run'}`,
    ],
    tasks: laneTasks(lane, window, bandWeeks),
  };
}
