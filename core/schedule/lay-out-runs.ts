import type { Cadence } from '../plan/schema';
import { mondayOf, weekdayOf } from './day-number';
import type { SkipReason } from './stream-schedule';
import { BlockedDays, type BlockedSpan, type WorkingCalendar } from './working-calendar';

export type RunPick = 'min' | 'max';

export interface RunRequest {
  cadence: Cadence;
  /** Day numbers, both ends counted. */
  from: number;
  to: number;
  /** The days the stream's items are due (as-required streams run on them). */
  due: readonly number[];
  working: WorkingCalendar;
  blocked: readonly BlockedSpan[];
  pick: RunPick;
}

export interface DaySkip {
  day: number;
  reason: SkipReason;
  windowId?: string;
}

export interface LaidOutRuns {
  runs: number[];
  skipped: DaySkip[];
}

const SATURDAY = 6;
const SUNDAY = 0;

function isDefaultWorkingWeekday(day: number): boolean {
  const weekday = weekdayOf(day);
  return weekday !== SATURDAY && weekday !== SUNDAY;
}

/** Why a day is not free for a run, or undefined when it is. */
function obstacle(request: RunRequest, blocked: BlockedDays, day: number): DaySkip | undefined {
  const { working } = request;
  if (working.workingWeekday[weekdayOf(day)] !== true) return { day, reason: 'non-working' };
  if (working.holidays.has(day)) return { day, reason: 'holiday' };
  const windowId = blocked.windowOn(day);
  return windowId === undefined ? undefined : { day, reason: 'window', windowId };
}

/**
 * Daily: every free working day. The skipped days are those a plain Monday-to-Friday week (or
 * the calendar's own working week) would have run on, so a plan without a change calendar
 * skips nothing.
 */
function daily(request: RunRequest): LaidOutRuns {
  const blocked = new BlockedDays(request.blocked);
  const runs: number[] = [];
  const skipped: DaySkip[] = [];
  for (let day = request.from; day <= request.to; day += 1) {
    const calendarWorking = request.working.workingWeekday[weekdayOf(day)] === true;
    if (!calendarWorking && !isDefaultWorkingWeekday(day)) continue;
    const reason = obstacle(request, blocked, day);
    if (reason === undefined) runs.push(day);
    else skipped.push(reason);
  }
  return { runs, skipped };
}

/**
 * Every n-th working day, counting from the first. Holidays are not working days, so they
 * shift the rhythm; a run that falls due inside a blocking window is skipped and the rhythm
 * carries on after it.
 */
function everyNDays(request: RunRequest, n: number): LaidOutRuns {
  const blocked = new BlockedDays(request.blocked);
  const runs: number[] = [];
  const skipped: DaySkip[] = [];
  let counted = 0;
  for (let day = request.from; day <= request.to; day += 1) {
    const { working } = request;
    if (working.workingWeekday[weekdayOf(day)] !== true || working.holidays.has(day)) continue;
    const isDue = counted % n === 0;
    counted += 1;
    if (!isDue) continue;
    const windowId = blocked.windowOn(day);
    if (windowId === undefined) runs.push(day);
    else skipped.push({ day, reason: 'window', windowId });
  }
  return { runs, skipped };
}

/**
 * k times a week, Monday to Sunday, spread over the week's free working days inside the span.
 * A week with fewer free days than k runs on each of them and names the days that cost runs.
 */
function timesPerWeek(request: RunRequest, times: number): LaidOutRuns {
  const blocked = new BlockedDays(request.blocked);
  const runs: number[] = [];
  const skipped: DaySkip[] = [];
  for (let monday = mondayOf(request.from); monday <= request.to; monday += 7) {
    const free: number[] = [];
    const lost: DaySkip[] = [];
    for (
      let day = Math.max(monday, request.from);
      day <= Math.min(monday + 6, request.to);
      day += 1
    ) {
      const calendarWorking = request.working.workingWeekday[weekdayOf(day)] === true;
      if (!calendarWorking && !isDefaultWorkingWeekday(day)) continue;
      const reason = obstacle(request, blocked, day);
      if (reason === undefined) free.push(day);
      else lost.push(reason);
    }
    const count = Math.min(times, free.length);
    for (let k = 0; k < count; k += 1) {
      const day = free[Math.floor((k * free.length) / count)];
      if (day !== undefined) runs.push(day);
    }
    skipped.push(...lost.slice(0, times - count));
  }
  return { runs, skipped };
}

/** On each day an item is due, unless a window blocks it: the plan fixed those dates. */
function asRequired(request: RunRequest): LaidOutRuns {
  const blocked = new BlockedDays(request.blocked);
  const runs: number[] = [];
  const skipped: DaySkip[] = [];
  const days = [...new Set(request.due)].sort((a, b) => a - b);
  for (const day of days) {
    const windowId = blocked.windowOn(day);
    if (windowId === undefined) runs.push(day);
    else skipped.push({ day, reason: 'window', windowId });
  }
  return { runs, skipped };
}

export function layOutRuns(request: RunRequest): LaidOutRuns {
  const { cadence } = request;
  switch (cadence.kind) {
    case 'daily':
      return daily(request);
    case 'everyNDays':
      // The floor of 1 keeps an unvalidated n from looping on a remainder of NaN.
      return everyNDays(request, Math.max(1, Math.floor(cadence.n)));
    case 'timesPerWeek':
      return timesPerWeek(request, request.pick === 'max' ? cadence.max : cadence.min);
    case 'asRequired':
      return asRequired(request);
  }
}
