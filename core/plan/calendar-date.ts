/**
 * The dates and spans a plan may hold, one rule for every command: a plan that validates can be
 * converted, measured, drawn and reported. Every date is in the years 1900–2999, and no span
 * reaches further than ten years from its delivery, so a delivery's early life support (or a
 * briefing weeks before it) always lands on a calendar date the metrics and diagrams can count.
 */
export const FIRST_PLAN_YEAR = 1900;
export const LAST_PLAN_YEAR = 2999;
/** Early life support lasts at most ten years after go-live. */
export const MAX_ELS_DAYS = 3650;
/** Briefings and training start at most ten years before go-live. */
export const MAX_LEAD_WEEKS = 520;

/** True for `YYYY-MM-DD` strings naming a day that exists (no 2027-02-30), in any year. */
export function isRealCalendarDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return false;
  const date = new Date(Date.UTC(2000, month - 1, day));
  // Set apart: Date.UTC reads the years 0–99 as 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** True for a `YYYY-MM-DD` date in the years a plan may use. */
export function isPlanYear(value: string): boolean {
  const year = Number(value.slice(0, 4));
  return year >= FIRST_PLAN_YEAR && year <= LAST_PLAN_YEAR;
}

/** Orders `YYYY-MM-DD` strings by date: such strings sort correctly as text. */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
