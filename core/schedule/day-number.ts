/**
 * Days as whole numbers (days since 1970-01-01, UTC). Scheduling walks every day of a
 * multi-year span for every stream, so it steps integers instead of parsing and formatting a
 * date per step; UTC has no daylight-saving days, so one step is always one calendar day.
 */
const MS_PER_DAY = 86_400_000;

/** A valid `YYYY-MM-DD` (the schema has checked it) as a day number. */
export function toDayNumber(day: string): number {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const date = Number(day.slice(8, 10));
  const time = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
  time.setUTCFullYear(year, month - 1, date);
  return Math.floor(time.getTime() / MS_PER_DAY);
}

export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, as `Date.getUTCDay`. 1970-01-01 was a Thursday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The Monday on or before `day`: weeks of the change calendar run Monday to Sunday. */
export function mondayOf(day: number): number {
  return day - ((weekdayOf(day) + 6) % 7);
}

/**
 * Day numbers and texts remembered for one scheduling pass: thousands of items share a few
 * hundred delivery dates, and each conversion builds a Date.
 */
export class DayTexts {
  private readonly numbers = new Map<string, number>();
  private readonly texts = new Map<number, string>();

  numberOf(day: string): number {
    let known = this.numbers.get(day);
    if (known === undefined) {
      known = toDayNumber(day);
      this.numbers.set(day, known);
    }
    return known;
  }

  textOf(day: number): string {
    let known = this.texts.get(day);
    if (known === undefined) {
      known = fromDayNumber(day);
      this.texts.set(day, known);
    }
    return known;
  }
}
