import { addDays, format, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countOccurrences, meanGapDays } from '../../../../core/metrics';
import type { Cadence } from '../../../../core/plan/schema';

// 2027-06-28 is a Monday (2027-06-30 is a Wednesday, see seed-figures.test.ts), so:
// Mon 06-28, Tue 06-29, Wed 06-30, Thu 07-01, Fri 07-02, Sat 07-03, Sun 07-04, Mon 07-05.
const DAILY: Cadence = { kind: 'daily' };
const noItems = { sourceItemDates: [] };
const between = (start: string, end: string) => ({ start, end });

describe('countOccurrences: daily runs on working days', () => {
  it.each([
    ['a whole week Mon–Sun', '2027-06-28', '2027-07-04', 5],
    ['a weekend', '2027-07-03', '2027-07-04', 0],
    ['Fri–Mon across a weekend', '2027-07-02', '2027-07-05', 2],
    ['a one-day horizon on a Wednesday', '2027-06-30', '2027-06-30', 1],
    ['a one-day horizon on a Saturday', '2027-07-03', '2027-07-03', 0],
    ['Sat to the Friday after next (13 days, 10 working)', '2027-07-03', '2027-07-16', 10],
  ])('%s', (_label, start, end, expected) => {
    expect(countOccurrences(DAILY, between(start, end), noItems)).toEqual({
      min: expected,
      max: expected,
    });
  });

  it('counts nothing in a window that ends before it starts', () => {
    expect(countOccurrences(DAILY, between('2027-07-05', '2027-07-01'), noItems)).toEqual({
      min: 0,
      max: 0,
    });
  });

  it('crosses a leap day: Mon 2028-02-28 – Fri 2028-03-03 is 5 working days', () => {
    expect(countOccurrences(DAILY, between('2028-02-28', '2028-03-03'), noItems).min).toBe(5);
  });
});

describe('countOccurrences: every n-th working day from the first one', () => {
  const every = (n: number): Cadence => ({ kind: 'everyNDays', n });
  it('runs on working days 1, 3 and 5 of a week for n = 2', () => {
    expect(countOccurrences(every(2), between('2027-06-28', '2027-07-04'), noItems).min).toBe(3);
  });
  it('runs once when n is larger than the window', () => {
    expect(countOccurrences(every(10), between('2027-06-28', '2027-07-02'), noItems).min).toBe(1);
  });
  it('does not run in a window without working days, whatever n is', () => {
    expect(countOccurrences(every(10), between('2027-07-03', '2027-07-04'), noItems).min).toBe(0);
  });
  it('runs on the first working day after a weekend start: Sat–Tue with n = 3 → once', () => {
    // Working days Mon 07-05, Tue 07-06: ceil(2 / 3) = 1.
    expect(countOccurrences(every(3), between('2027-07-03', '2027-07-06'), noItems).min).toBe(1);
  });
});

describe('countOccurrences: times per week', () => {
  const perWeek = (min: number, max: number): Cadence => ({ kind: 'timesPerWeek', min, max });
  it('gives a one-day window 0 to 1 runs', () => {
    // floor(1 × 1 / 7) = 0, ceil(2 × 1 / 7) = 1
    expect(countOccurrences(perWeek(1, 2), between('2027-07-03', '2027-07-03'), noItems)).toEqual({
      min: 0,
      max: 1,
    });
  });
  it('gives one week exactly min to max runs', () => {
    expect(countOccurrences(perWeek(1, 2), between('2027-06-28', '2027-07-04'), noItems)).toEqual({
      min: 1,
      max: 2,
    });
  });
  it('gives a fixed rate over ten days floor and ceiling of the same figure', () => {
    // 3 × 10 / 7 = 4.29
    expect(countOccurrences(perWeek(3, 3), between('2027-06-28', '2027-07-07'), noItems)).toEqual({
      min: 4,
      max: 5,
    });
  });
});

describe('countOccurrences: as required', () => {
  const AS_REQUIRED: Cadence = { kind: 'asRequired' };
  it('is at least one event per distinct date and at most one per item, inside the horizon', () => {
    const dates = ['2027-06-30', '2027-06-30', '2027-07-02', '2027-07-20', '2027-06-01'];
    expect(
      countOccurrences(AS_REQUIRED, between('2027-06-28', '2027-07-04'), {
        sourceItemDates: dates,
      }),
    ).toEqual({
      min: 2,
      max: 3,
    });
  });
  it('counts the horizon ends as inside', () => {
    const dates = ['2027-06-28', '2027-07-04'];
    expect(
      countOccurrences(AS_REQUIRED, between('2027-06-28', '2027-07-04'), {
        sourceItemDates: dates,
      }),
    ).toEqual({
      min: 2,
      max: 2,
    });
  });
  it('is zero without items', () => {
    expect(countOccurrences(AS_REQUIRED, between('2027-06-28', '2027-07-04'), noItems)).toEqual({
      min: 0,
      max: 0,
    });
  });
});

describe('meanGapDays', () => {
  it('spreads working-day runs over calendar days', () => {
    expect(meanGapDays(DAILY)).toEqual({ min: 1.4, max: 1.4 });
    expect(meanGapDays({ kind: 'everyNDays', n: 2 })).toEqual({ min: 2.8, max: 2.8 });
    expect(meanGapDays({ kind: 'timesPerWeek', min: 1, max: 2 })).toEqual({ min: 3.5, max: 7 });
    expect(meanGapDays({ kind: 'asRequired' })).toEqual({ min: 0, max: 0 });
  });
});

describe('countOccurrences properties', () => {
  const BASE = parseISO('2020-01-01');
  const day = (offset: number): string => format(addDays(BASE, offset), 'yyyy-MM-dd');
  const cadence: fc.Arbitrary<Cadence> = fc.oneof(
    fc.constant<Cadence>({ kind: 'daily' }),
    fc.integer({ min: 2, max: 30 }).map((n): Cadence => ({ kind: 'everyNDays', n })),
    fc
      .tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 7 }))
      .map(([a, b]): Cadence => ({
        kind: 'timesPerWeek',
        min: Math.min(a, b),
        max: Math.max(a, b),
      })),
    fc.constant<Cadence>({ kind: 'asRequired' }),
  );
  const itemDates = fc.array(fc.integer({ min: -30, max: 4000 }), { maxLength: 30 });

  it('never gives min above max, and grows (never shrinks) as the window grows', () => {
    fc.assert(
      fc.property(
        cadence,
        fc.integer({ min: 0, max: 3650 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 30 }),
        itemDates,
        (c, startOffset, length, extra, earlier, dates) => {
          const context = { sourceItemDates: dates.map(day) };
          const start = day(startOffset);
          const inner = countOccurrences(c, between(start, day(startOffset + length)), context);
          const outer = countOccurrences(
            c,
            between(day(startOffset - earlier), day(startOffset + length + extra)),
            context,
          );
          expect(inner.min).toBeLessThanOrEqual(inner.max);
          expect(outer.min).toBeGreaterThanOrEqual(inner.min);
          expect(outer.max).toBeGreaterThanOrEqual(inner.max);
        },
      ),
    );
  });

  it('counts a daily cadence as 5 per whole week wherever the window starts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), fc.integer({ min: 1, max: 200 }), (s, w) => {
        const counted = countOccurrences(DAILY, between(day(s), day(s + 7 * w - 1)), noItems);
        expect(counted.min).toBe(5 * w);
      }),
    );
  });

  it('agrees with a day-by-day count of working days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3650 }),
        fc.integer({ min: 0, max: 60 }),
        (s, length) => {
          let expected = 0;
          for (let offset = s; offset <= s + length; offset += 1) {
            const weekday = addDays(BASE, offset).getDay();
            if (weekday !== 0 && weekday !== 6) expected += 1;
          }
          expect(countOccurrences(DAILY, between(day(s), day(s + length)), noItems).min).toBe(
            expected,
          );
        },
      ),
    );
  });
});
