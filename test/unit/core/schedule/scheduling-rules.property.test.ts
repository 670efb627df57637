import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cadence, ChangeCalendar, Plan, Stream } from '../../../../core/plan/schema';
import { WEEKDAYS, type Weekday } from '../../../../core/plan/schema-calendar';
import { scheduleStreams } from '../../../../core/schedule';
import { delivery, fr, makePlan, stream } from '../metrics/plan-builders';

const DAY = 86_400_000;
const FIRST = Date.parse('2027-01-01T00:00:00Z');
const dayText = (offset: number): string =>
  new Date(FIRST + offset * DAY).toISOString().slice(0, 10);
const WEEKDAY_NAMES: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const weekdayName = (date: string): Weekday =>
  WEEKDAY_NAMES[new Date(`${date}T00:00:00Z`).getUTCDay()] ?? 'sun';

const cadence: fc.Arbitrary<Cadence> = fc.oneof(
  fc.constant<Cadence>({ kind: 'daily' }),
  fc.integer({ min: 2, max: 9 }).map((n): Cadence => ({ kind: 'everyNDays', n })),
  fc
    .tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 0, max: 6 }))
    .map(([min, extra]): Cadence => ({ kind: 'timesPerWeek', min, max: Math.min(7, min + extra) })),
  fc.constant<Cadence>({ kind: 'asRequired' }),
);

const window = fc.record({
  start: fc.integer({ min: 0, max: 700 }),
  length: fc.integer({ min: 0, max: 40 }),
  kind: fc.constantFrom('freeze' as const, 'blackout' as const, 'maintenance' as const),
  scoped: fc.constantFrom('all', 'byId', 'byMode', 'other'),
});

const calendar = fc.record({
  workingDays: fc.option(fc.subarray([...WEEKDAYS]), { nil: undefined }),
  holidays: fc.array(fc.integer({ min: 0, max: 730 }), { maxLength: 15 }),
  windows: fc.array(window, { maxLength: 6 }),
});

const approval = fc.constantFrom('preAuthorised', 'changeAuthority', 'emergency');

interface Case {
  plan: Plan;
  stream: Stream;
}

const planCase: fc.Arbitrary<Case> = fc
  .record({
    cadence,
    approval,
    dates: fc.array(fc.integer({ min: 0, max: 730 }), { minLength: 1, maxLength: 5 }),
    calendar,
  })
  .map(({ cadence: c, approval: mode, dates, calendar: cal }) => {
    const plan = makePlan(
      dates.map((offset, k) => delivery(`d${String(k)}`, dayText(offset), [fr(`fr-${String(k)}`)])),
    );
    const built = stream(
      's',
      c,
      ['release-deployment'],
      dates.map((_, k) => `fr-${String(k)}`),
      mode === 'preAuthorised' ? { mode, gate: 'pipeline' } : { mode: mode, authority: 'CAB' },
    );
    plan.streamDesign = { streams: [built] };
    const changeCalendar: ChangeCalendar = {
      holidays: cal.holidays.map((offset) => ({ date: dayText(offset), name: 'Holiday' })),
      windows: cal.windows.map((w, k) => ({
        id: `w${String(k)}`,
        kind: w.kind,
        name: `Window ${String(k)}`,
        start: dayText(w.start),
        end: dayText(w.start + w.length),
        ...(w.scoped === 'byId'
          ? { scope: { streamIds: ['s'] } }
          : w.scoped === 'byMode'
            ? { scope: { approvalModes: [built.approval?.mode ?? 'changeAuthority'] } }
            : w.scoped === 'other'
              ? { scope: { streamIds: ['another'] } }
              : {}),
      })),
    };
    if (cal.workingDays) changeCalendar.workingDays = cal.workingDays;
    plan.changeCalendar = changeCalendar;
    return { plan, stream: built };
  });

/** Whether a window blocks the stream, read from the calendar's own definition. */
function blocking(plan: Plan, built: Stream): { start: string; end: string }[] {
  return (plan.changeCalendar?.windows ?? []).filter((w) => {
    if (w.kind === 'maintenance') return false;
    if (w.scope === undefined) return built.approval?.mode !== 'emergency';
    const mode = built.approval?.mode ?? 'changeAuthority';
    return (
      (w.scope.streamIds?.includes(built.id) ?? false) ||
      (w.scope.approvalModes?.includes(mode) ?? false)
    );
  });
}

describe('scheduling rules hold for any calendar, cadence and dates', () => {
  it('never runs inside a window that blocks the stream, nor outside from..to', () => {
    fc.assert(
      fc.property(planCase, ({ plan, stream: built }) => {
        const [schedule] = scheduleStreams(plan);
        if (!schedule) throw new Error('one stream, one schedule');
        const windows = blocking(plan, built);
        const wrong = schedule.runs.filter(
          (run) =>
            windows.some((w) => run >= w.start && run <= w.end) ||
            run < (schedule.from ?? '') ||
            run > (schedule.to ?? ''),
        );
        expect(wrong).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('runs daily and every-n-days streams on working days that are not holidays, once a day', () => {
    fc.assert(
      fc.property(
        planCase.filter(
          ({ stream: s }) => s.cadence.kind === 'daily' || s.cadence.kind === 'everyNDays',
        ),
        ({ plan }) => {
          const [schedule] = scheduleStreams(plan);
          const working = new Set(
            plan.changeCalendar?.workingDays ?? ['mon', 'tue', 'wed', 'thu', 'fri'],
          );
          const holidays = new Set(plan.changeCalendar?.holidays?.map((h) => h.date));
          const runs = schedule?.runs ?? [];
          expect(runs.filter((run) => !working.has(weekdayName(run)) || holidays.has(run))).toEqual(
            [],
          );
          expect([...runs].sort()).toEqual([...new Set(runs)]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a daily stream runs on every working day of its span that no window or holiday takes', () => {
    fc.assert(
      fc.property(
        planCase.filter(({ stream: s }) => s.cadence.kind === 'daily'),
        ({ plan, stream: built }) => {
          const [schedule] = scheduleStreams(plan);
          if (!schedule?.from || !schedule.to) throw new Error('the stream carries items');
          const working = new Set(
            plan.changeCalendar?.workingDays ?? ['mon', 'tue', 'wed', 'thu', 'fri'],
          );
          const holidays = new Set(plan.changeCalendar?.holidays?.map((h) => h.date));
          const windows = blocking(plan, built);
          const expected: string[] = [];
          for (
            let t = Date.parse(`${schedule.from}T00:00:00Z`);
            t <= Date.parse(`${schedule.to}T00:00:00Z`);
            t += DAY
          ) {
            const day = new Date(t).toISOString().slice(0, 10);
            if (!working.has(weekdayName(day)) || holidays.has(day)) continue;
            if (windows.some((w) => day >= w.start && day <= w.end)) continue;
            expected.push(day);
          }
          expect(schedule.runs).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});
