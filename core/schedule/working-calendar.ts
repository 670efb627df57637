import type { ApprovalMode } from '../plan/schema-approval';
import { DEFAULT_WORKING_DAYS, WEEKDAYS, type ChangeCalendar } from '../plan/schema-calendar';
import type { Stream } from '../plan/schema';
import { toDayNumber, weekdayOf } from './day-number';

/** A span of days one window blocks, both ends counted; spans of one stream never overlap. */
export interface BlockedSpan {
  start: number;
  end: number;
  windowId: string;
}

/** The change calendar read once into what the day-by-day walk asks of it. */
export interface WorkingCalendar {
  /** Indexed by `weekdayOf` (0 = Sunday). */
  workingWeekday: readonly boolean[];
  holidays: ReadonlySet<number>;
  calendar: ChangeCalendar | undefined;
}

/** WEEKDAYS starts on Monday; `weekdayOf` counts from Sunday. */
const WEEKDAY_INDEX = new Map(WEEKDAYS.map((name, k) => [name, (k + 1) % 7]));

export function readCalendar(calendar: ChangeCalendar | undefined): WorkingCalendar {
  const working = Array.from({ length: 7 }, () => false);
  for (const name of calendar?.workingDays ?? DEFAULT_WORKING_DAYS) {
    const index = WEEKDAY_INDEX.get(name);
    if (index !== undefined) working[index] = true;
  }
  const holidays = new Set((calendar?.holidays ?? []).map((holiday) => toDayNumber(holiday.date)));
  return { workingWeekday: working, holidays, calendar };
}

/** Without an approval model a change authority decides (as the metrics read it). */
export function approvalModeOf(stream: Stream): ApprovalMode {
  return stream.approval?.mode ?? 'changeAuthority';
}

/**
 * Whether a window stops a stream. Maintenance windows block nothing. A window without a scope
 * blocks every stream except the emergency path, which a freeze exists to leave open; a scoped
 * window blocks the streams it names, by id or approval class (emergency too, when named).
 */
export function windowBlocks(
  window: NonNullable<ChangeCalendar['windows']>[number],
  stream: Stream,
): boolean {
  if (window.kind === 'maintenance') return false;
  const mode = approvalModeOf(stream);
  const ids = window.scope?.streamIds;
  const modes = window.scope?.approvalModes;
  if (ids === undefined && modes === undefined) return mode !== 'emergency';
  return (ids?.includes(stream.id) ?? false) || (modes?.includes(mode) ?? false);
}

/**
 * The days the calendar blocks for one stream, as sorted spans that do not overlap. Where two
 * windows overlap, the one that starts first is named for the shared days.
 */
export function blockedSpans(working: WorkingCalendar, stream: Stream): BlockedSpan[] {
  const windows = (working.calendar?.windows ?? [])
    .filter((window) => windowBlocks(window, stream))
    .map((window) => ({
      start: toDayNumber(window.start),
      end: toDayNumber(window.end),
      windowId: window.id,
    }))
    .sort((a, b) => a.start - b.start);
  const spans: BlockedSpan[] = [];
  let covered = Number.NEGATIVE_INFINITY;
  for (const window of windows) {
    const start = Math.max(window.start, covered + 1);
    if (start <= window.end) spans.push({ start, end: window.end, windowId: window.windowId });
    covered = Math.max(covered, window.end);
  }
  return spans;
}

/** Answers "which window blocks this day?" for days asked in ascending order. */
export class BlockedDays {
  private next = 0;

  constructor(private readonly spans: readonly BlockedSpan[]) {}

  windowOn(day: number): string | undefined {
    let span = this.spans[this.next];
    while (span !== undefined && span.end < day) {
      this.next += 1;
      span = this.spans[this.next];
    }
    return span !== undefined && span.start <= day ? span.windowId : undefined;
  }
}

export function isWorkingDay(working: WorkingCalendar, day: number): boolean {
  return working.workingWeekday[weekdayOf(day)] === true && !working.holidays.has(day);
}
