import { format, getDaysInMonth, isValid, parse, parseISO } from 'date-fns';

/** How dates are shown across the editor: "30 Jun 2027". */
export function formatDay(isoDate: string): string {
  const date = parseISO(isoDate);
  return isValid(date) ? format(date, 'd MMM yyyy') : isoDate;
}

/**
 * The same, in the dayjs tokens Mantine's date inputs use for their text. dayjs is installed
 * only because @mantine/dates requires it as a peer and formats with it; every date the app
 * computes or parses goes through date-fns (above and in core/), so this one format string is
 * the only place dayjs tokens appear.
 */
export const DAY_VALUE_FORMAT = 'D MMM YYYY';

const TYPED_FORMATS = [
  'yyyy-MM-dd',
  'd MMM yyyy',
  'd MMMM yyyy',
  'd MMM yy',
  'MMM d yyyy',
  'MMMM d yyyy',
  'MMM d, yyyy',
  'MMMM d, yyyy',
  'd/M/yyyy',
  'd.M.yyyy',
];

/**
 * A date a person typed, as YYYY-MM-DD, or null when it is not one. Accepts the ISO form and
 * the usual written forms ("30 Jun 2027", "June 30, 2027", "30/6/2027": day first, as in the
 * UK and most of Europe).
 */
export function parseTypedDate(text: string): string | null {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed === '') return null;
  const reference = new Date(2000, 0, 1);
  for (const pattern of TYPED_FORMATS) {
    const date = parse(trimmed, pattern, reference);
    if (isValid(date) && date.getFullYear() >= 1000) return format(date, 'yyyy-MM-dd');
  }
  return null;
}

export function todayIso(): string {
  return format(new Date(), 'yyyy-MM-dd');
}

/**
 * Why typed text is not a date, in words a person reads under the field, or null when it is
 * one (or empty). A day the month does not have ("31 Feb 2027") is named as such, so the
 * field never just snaps back to the old date without saying why.
 */
export function typedDateProblem(text: string): string | null {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed === '' || parseTypedDate(trimmed) !== null) return null;
  // Try the first day of the same month: if that reads, the day was past the month's end.
  const day = /\b(29|30|31)\b/.exec(trimmed);
  if (day) {
    const firstOfMonth = parseTypedDate(trimmed.replace(day[0], '1'));
    if (firstOfMonth !== null) {
      const month = parseISO(firstOfMonth);
      return `${trimmed} is not a date in the calendar: ${format(month, 'MMMM yyyy')} has ${String(getDaysInMonth(month))} days.`;
    }
  }
  return `${trimmed} is not a date this field reads; type it like 30 Jun 2027.`;
}

/**
 * Names for the calendar's arrows, which Mantine leaves unnamed for screen readers. The heading
 * between them ("September 2027") is named by its own text.
 */
export const CALENDAR_ARIA_LABELS = {
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  previousYear: 'Previous year',
  nextYear: 'Next year',
  previousDecade: 'Previous decade',
  nextDecade: 'Next decade',
} as const;
