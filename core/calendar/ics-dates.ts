import type ICAL from 'ical.js';
import { addCalendarDays } from '../metrics/calendar';

type IcalTime = InstanceType<typeof ICAL.Time>;

/** A time's calendar day as written in the file (a plan works in days, not in time zones). */
export function icsDay(time: IcalTime): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(time.year, 4)}-${pad(time.month, 2)}-${pad(time.day, 2)}`;
}

/**
 * The last day an event covers. iCalendar ends are exclusive: an all-day event on 24 December
 * ends on 25 December, and a timed event ending at midnight does not touch the next day.
 */
export function lastIcsDay(start: IcalTime, end: IcalTime | null): string {
  const first = icsDay(start);
  if (end === null || end.compare(start) <= 0) return first;
  const endDay = icsDay(end);
  const exclusive = end.isDate || (end.hour === 0 && end.minute === 0 && end.second === 0);
  if (!exclusive) return endDay;
  const before = addCalendarDays(endDay, -1);
  return before === null || before < first ? first : before;
}
