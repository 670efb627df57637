import { describe, expect, it } from 'vitest';
import { mergeIcsCalendar } from '../../../../core/calendar/ics-merge';
import { readIcsCalendar, type IcsCalendar } from '../../../../core/calendar/ics-read';
import { icsEvent, icsText } from '../../../support/ics-files';

const ics = icsText;
const event = icsEvent;

function read(text: string, options = {}): IcsCalendar {
  const result = readIcsCalendar(text, options);
  if (!result.ok) throw new Error(result.message);
  return result;
}

const FREEZE = event({
  UID: 'freeze-2027@itsm',
  SUMMARY: 'Year-end change freeze',
  'DTSTART;VALUE=DATE': '20271220',
  'DTEND;VALUE=DATE': '20280103',
  DESCRIPTION: 'Only emergency changes',
});

describe('reading an .ics change calendar', () => {
  it('reads an all-day freeze with its last day (the exclusive DTEND is the day after)', () => {
    const calendar = read(ics(FREEZE));
    expect(calendar.windows).toEqual([
      {
        icsUid: 'freeze-2027@itsm',
        kind: 'freeze',
        name: 'Year-end change freeze',
        start: '2027-12-20',
        end: '2028-01-02',
        notes: 'Only emergency changes',
      },
    ]);
    expect(calendar.problems).toEqual([]);
  });

  it('takes the kind from CATEGORIES before the title, and holidays become holidays', () => {
    const calendar = read(
      ics(
        event({
          UID: 'a',
          SUMMARY: 'Quarter close',
          CATEGORIES: 'Blackout',
          'DTSTART;VALUE=DATE': '20270329',
          'DTEND;VALUE=DATE': '20270401',
        }),
        event({
          UID: 'b',
          SUMMARY: 'Sunday maintenance window',
          DTSTART: '20270404T020000',
          DTEND: '20270404T060000',
        }),
        event({
          UID: 'c',
          SUMMARY: 'Easter',
          CATEGORIES: 'Holiday',
          'DTSTART;VALUE=DATE': '20270326',
          'DTEND;VALUE=DATE': '20270330',
        }),
      ),
    );
    expect(calendar.windows.map((w) => [w.kind, w.start, w.end])).toEqual([
      ['blackout', '2027-03-29', '2027-03-31'],
      ['maintenance', '2027-04-04', '2027-04-04'],
    ]);
    expect(calendar.holidays).toEqual([
      { date: '2027-03-26', name: 'Easter' },
      { date: '2027-03-27', name: 'Easter' },
      { date: '2027-03-28', name: 'Easter' },
      { date: '2027-03-29', name: 'Easter' },
    ]);
  });

  it('says which events it had to guess, and reads them as the kind asked for', () => {
    const text = ics(event({ UID: 'x', SUMMARY: 'Payroll run', 'DTSTART;VALUE=DATE': '20270525' }));
    const guessed = read(text);
    expect(guessed.windows[0]?.kind).toBe('blackout');
    expect(guessed.windows[0]?.end).toBe('2027-05-25');
    expect(guessed.notices.join(' ')).toMatch(/1 event said neither .* read as blackout windows/);
    expect(read(text, { defaultKind: 'freeze' }).windows[0]?.kind).toBe('freeze');
  });

  it('expands a recurring month-end blackout over the range, one window per occurrence', () => {
    const calendar = read(
      ics(
        event({
          UID: 'month-end',
          SUMMARY: 'Month-end close blackout',
          'DTSTART;VALUE=DATE': '20270129',
          'DTEND;VALUE=DATE': '20270202',
          RRULE: 'FREQ=MONTHLY;COUNT=24',
        }),
      ),
      { range: { from: '2027-03-01', to: '2027-05-31' } },
    );
    expect(calendar.windows.map((w) => [w.icsUid, w.start, w.end])).toEqual([
      ['month-end/2027-03-29', '2027-03-29', '2027-04-01'],
      ['month-end/2027-04-29', '2027-04-29', '2027-05-02'],
      ['month-end/2027-05-29', '2027-05-29', '2027-06-01'],
    ]);
  });

  it('names the events it leaves out and refuses a file that is not iCalendar', () => {
    const calendar = read(
      ics(
        FREEZE,
        event({ UID: 'old', SUMMARY: 'Ancient freeze', 'DTSTART;VALUE=DATE': '18000101' }),
      ),
    );
    expect(calendar.windows).toHaveLength(1);
    expect(calendar.problems).toEqual([
      'Event "Ancient freeze": its date 1800-01-01 is outside the years a plan holds; left out.',
    ]);
    const refused = readIcsCalendar('Delivery,Date\nR1,2027-01-01\n');
    expect(refused.ok).toBe(false);
    const empty = readIcsCalendar(ics());
    expect(empty).toEqual({ ok: false, message: 'it holds no event (VEVENT)' });
  });
});

describe('merging an imported calendar into the plan', () => {
  it('re-importing a moved freeze updates the same window and keeps its scope', () => {
    const first = mergeIcsCalendar(undefined, read(ics(FREEZE)));
    expect(first.counts.windowsAdded).toBe(1);
    const window = first.calendar.windows?.[0];
    if (!window) throw new Error('the freeze was not imported');
    expect(window.id).toBe('w1');
    const scoped = {
      ...first.calendar,
      windows: [{ ...window, scope: { approvalModes: ['preAuthorised' as const] } }],
    };
    const moved = FREEZE.replace('20271220', '20271215');
    const second = mergeIcsCalendar(scoped, read(ics(moved)));
    expect(second.counts).toMatchObject({ windowsAdded: 0, windowsUpdated: 1 });
    expect(second.calendar.windows).toEqual([
      {
        ...window,
        start: '2027-12-15',
        scope: { approvalModes: ['preAuthorised'] },
      },
    ]);
    const again = mergeIcsCalendar(second.calendar, read(ics(moved)));
    expect(again.counts).toMatchObject({ windowsAdded: 0, windowsUpdated: 0 });
    expect(again.calendar).toEqual(second.calendar);
  });

  it('a cancelled event removes its window; windows typed in the app stay', () => {
    const typed = {
      id: 'w7',
      kind: 'blackout' as const,
      name: 'Go-live weekend',
      start: '2027-06-01',
      end: '2027-06-02',
    };
    const first = mergeIcsCalendar({ windows: [typed] }, read(ics(FREEZE)));
    expect(first.calendar.windows?.map((w) => w.id)).toEqual(['w7', 'w8']);
    const cancelled = FREEZE.replace('SUMMARY:', 'STATUS:CANCELLED\r\nSUMMARY:');
    const second = mergeIcsCalendar(first.calendar, read(ics(cancelled)));
    expect(second.counts.windowsRemoved).toBe(1);
    expect(second.calendar.windows).toEqual([typed]);
  });
});
