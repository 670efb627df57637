import { format, isValid, parse, parseISO } from 'date-fns';

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
