import { describe, expect, it } from 'vitest';
import { goLives, scheduleStreams, type StreamSchedule } from '../../../../core/schedule';
import { seedWithStreams } from '../../../support/seed';
import { stream } from '../metrics/plan-builders';
import { schedulePlan, YEAR_END_FREEZE } from './schedule-plans';

function byId(schedules: StreamSchedule[], id: string): StreamSchedule {
  const found = schedules.find((schedule) => schedule.streamId === id);
  if (!found) throw new Error(`no schedule for ${id}`);
  return found;
}

/** Monday to Friday between two dates, both ends counted, worked out without the code. */
function weekdays(from: string, to: string): string[] {
  const days: string[] = [];
  for (
    let t = Date.parse(`${from}T00:00:00Z`);
    t <= Date.parse(`${to}T00:00:00Z`);
    t += 86_400_000
  ) {
    const date = new Date(t);
    if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6)
      days.push(date.toISOString().slice(0, 10));
  }
  return days;
}

describe('scheduleStreams on the seed plan (no change calendar)', () => {
  const plan = seedWithStreams();
  const schedules = scheduleStreams(plan);

  it('runs the code stream every working day from the first go-live to the last, and skips nothing', () => {
    const code = byId(schedules, 'code');
    expect(code.from).toBe('2027-06-30');
    expect(code.to).toBe('2027-11-30');
    expect(code.runs).toEqual(weekdays('2027-06-30', '2027-11-30'));
    expect(code.runs).toHaveLength(110);
    expect(code.skipped).toEqual([]);
  });

  it('starts knowledge updates at the first briefing lead time and ELS ends with the last ELS', () => {
    // ops-brief-1 is 3 weeks before 2027-06-30; training-2 is 5 weeks before 2027-11-30.
    expect(byId(schedules, 'knowledge').from).toBe('2027-06-09');
    expect(byId(schedules, 'knowledge').to).toBe('2027-11-30');
    expect(byId(schedules, 'els-csi').to).toBe('2027-12-15');
  });

  it('runs hardware deliveries on the two go-live dates only', () => {
    expect(byId(schedules, 'hardware').runs).toEqual(['2027-06-30', '2027-11-30']);
  });

  it('lists the go-lives by date', () => {
    expect(goLives(plan)).toEqual([
      { deliveryId: 'd1', name: expect.any(String) as string, date: '2027-06-30' },
      { deliveryId: 'd2', name: expect.any(String) as string, date: '2027-11-30' },
    ]);
  });
});

describe('scheduleStreams against a change calendar', () => {
  it('gives no schedule without a stream design', () => {
    const plan = schedulePlan();
    delete plan.streamDesign;
    expect(scheduleStreams(plan)).toEqual([]);
  });

  it('keeps daily runs out of a year-end freeze and says which days it took', () => {
    const code = byId(scheduleStreams(schedulePlan(YEAR_END_FREEZE)), 'code');
    expect(code.runs.filter((day) => day >= '2027-12-20' && day <= '2028-01-03')).toEqual([]);
    expect(code.runs).toContain('2027-12-17');
    expect(code.runs).toContain('2028-01-04');
    expect(code.skipped).toEqual(
      weekdays('2027-12-20', '2028-01-03').map((date) => ({
        date,
        reason: 'window',
        windowId: 'year-end',
      })),
    );
  });

  it('holds an as-required delivery due inside the freeze and keeps the one on a Saturday', () => {
    const hardware = byId(scheduleStreams(schedulePlan(YEAR_END_FREEZE)), 'hardware');
    expect(hardware.runs).toEqual(['2027-12-04']);
    expect(hardware.skipped).toEqual([
      { date: '2027-12-22', reason: 'window', windowId: 'year-end' },
    ]);
  });

  it('blocks only the approval class a scoped window names', () => {
    const scoped = {
      windows: [
        {
          id: 'w',
          kind: 'blackout' as const,
          name: 'Month-end close',
          start: '2027-12-20',
          end: '2027-12-31',
          scope: { approvalModes: ['preAuthorised' as const] },
        },
      ],
    };
    const schedules = scheduleStreams(schedulePlan(scoped));
    expect(byId(schedules, 'code').runs).not.toContain('2027-12-20');
    expect(byId(schedules, 'hardware').runs).toContain('2027-12-22');
  });

  it('blocks a stream a window names by id, and nothing else', () => {
    const scoped = {
      windows: [
        {
          id: 'w',
          kind: 'freeze' as const,
          name: 'Hardware freeze',
          start: '2027-12-20',
          end: '2027-12-31',
          scope: { streamIds: ['hardware'] },
        },
      ],
    };
    const schedules = scheduleStreams(schedulePlan(scoped));
    expect(byId(schedules, 'code').runs).toContain('2027-12-20');
    expect(byId(schedules, 'hardware').runs).toEqual(['2027-12-04']);
  });

  it('leaves maintenance windows and the emergency path open', () => {
    const calendar = {
      windows: [
        {
          id: 'm',
          kind: 'maintenance' as const,
          name: 'Sunday slot',
          start: '2027-12-01',
          end: '2028-01-31',
        },
        ...(YEAR_END_FREEZE.windows ?? []),
      ],
    };
    const emergency = stream(
      'hotfix',
      { kind: 'daily' },
      ['release-deployment'],
      ['fr-1', 'fr-2'],
      {
        mode: 'emergency',
        authority: 'ECAB',
      },
    );
    const [hotfix] = scheduleStreams(schedulePlan(calendar, [emergency]));
    expect(hotfix?.runs).toEqual(weekdays('2027-12-01', '2028-01-12'));
    expect(hotfix?.skipped).toEqual([]);
  });

  it('skips holidays and the days the calendar does not work', () => {
    const calendar = {
      workingDays: ['mon' as const, 'tue' as const, 'wed' as const, 'thu' as const],
      holidays: [{ date: '2027-12-27', name: 'Boxing Day (substitute)' }],
    };
    const code = byId(scheduleStreams(schedulePlan(calendar)), 'code');
    expect(code.runs).not.toContain('2027-12-03'); // a Friday
    expect(code.runs).not.toContain('2027-12-27');
    expect(code.skipped).toContainEqual({ date: '2027-12-03', reason: 'non-working' });
    expect(code.skipped).toContainEqual({ date: '2027-12-27', reason: 'holiday' });
  });

  it('runs a stream the calendar lets work on Saturdays on Saturdays', () => {
    const calendar = {
      workingDays: [
        'mon' as const,
        'tue' as const,
        'wed' as const,
        'thu' as const,
        'fri' as const,
        'sat' as const,
      ],
    };
    const code = byId(scheduleStreams(schedulePlan(calendar)), 'code');
    expect(code.runs).toContain('2027-12-04');
    expect(code.runs).not.toContain('2027-12-05');
  });

  it('runs every other working day, holidays shifting the rhythm', () => {
    const plan = schedulePlan({ holidays: [{ date: '2027-12-02', name: 'Holiday' }] }, [
      stream('knowledge', { kind: 'everyNDays', n: 2 }, ['sacm'], ['fr-1', 'fr-2']),
    ]);
    const [knowledge] = scheduleStreams(plan);
    // Working days from Wed 12-01: 01, (02 holiday), 03, 06, 07, 08, 09, 10 ...
    expect(knowledge?.runs.slice(0, 4)).toEqual([
      '2027-12-01',
      '2027-12-06',
      '2027-12-08',
      '2027-12-10',
    ]);
  });

  it('runs "1–2 times a week" at its minimum, once in every week of the span', () => {
    const plan = schedulePlan(YEAR_END_FREEZE, [
      stream(
        'acceptance',
        { kind: 'timesPerWeek', min: 1, max: 2 },
        ['validation-testing'],
        ['fr-1', 'fr-2'],
      ),
    ]);
    const [acceptance] = scheduleStreams(plan);
    const [atMost] = scheduleStreams(plan, { timesPerWeek: 'max' });
    // Weeks from Mon 11-29 to Mon 01-10: 7 weeks; 12-20..01-03 are frozen (2 weeks lost).
    expect(acceptance?.runs).toHaveLength(5);
    expect(atMost?.runs).toHaveLength(10);
    expect(acceptance?.skipped.map((skip) => skip.reason)).toEqual(['window', 'window']);
  });

  it('never schedules a stream that carries no item of the plan', () => {
    const [empty] = scheduleStreams(
      schedulePlan(undefined, [stream('empty', { kind: 'daily' }, ['sacm'], ['gone'])]),
    );
    expect(empty).toEqual({ streamId: 'empty', from: null, to: null, runs: [], skipped: [] });
  });
});
