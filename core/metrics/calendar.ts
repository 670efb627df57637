import { addDays, differenceInCalendarDays, format, isValid, parseISO } from 'date-fns';

/**
 * Calendar arithmetic on `YYYY-MM-DD` strings. date-fns parses a date-only string as local
 * midnight and `differenceInCalendarDays` counts calendar days, so daylight-saving shifts never
 * turn a day into 23 or 25 hours' worth of rounding error.
 */

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function parseDay(day: string): Date | null {
  if (!DAY_PATTERN.test(day)) return null;
  const date = parseISO(day);
  return isValid(date) ? date : null;
}

function parseOrThrow(day: string): Date {
  const date = parseDay(day);
  if (date === null) throw new RangeError(`"${day}" is not a YYYY-MM-DD calendar date`);
  return date;
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseOrThrow(to), parseOrThrow(from));
}

/** Days in the window with both ends counted; 0 for a window that ends before it starts. */
export function inclusiveDays(start: string, end: string): number {
  return Math.max(0, daysBetween(start, end) + 1);
}

/** `day` + `days`, or null when the result falls outside what a Date can hold. */
export function addCalendarDays(day: string, days: number): string | null {
  const moved = addDays(parseOrThrow(day), days);
  if (!isValid(moved)) return null;
  const text = format(moved, 'yyyy-MM-dd');
  return DAY_PATTERN.test(text) ? text : null;
}
