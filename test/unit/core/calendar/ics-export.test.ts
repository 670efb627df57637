import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { mergeIcsCalendar } from '../../../../core/calendar/ics-merge';
import { readIcsCalendar } from '../../../../core/calendar/ics-read';
import { forwardScheduleIcs, scheduleContents } from '../../../../core/calendar/ics-write';
import { designFor } from '../../../../core/conversion/design-for';
import type { Plan } from '../../../../core/plan/schema';
import { scheduleStreams } from '../../../../core/schedule/stream-schedule';
import { loadSeedPlan } from '../../../support/seed';

const GENERATED_AT = '2026-12-03T15:00:00Z';

/** The seed plan converted, with a freeze over the November go-live's week. */
function frozenPlan(): Plan {
  const seed = loadSeedPlan();
  return {
    ...seed,
    streamDesign: { streams: designFor(seed).streams },
    changeCalendar: {
      windows: [
        {
          id: 'w1',
          kind: 'freeze',
          name: 'Autumn freeze',
          start: '2027-11-08',
          end: '2027-11-19',
          scope: { approvalModes: ['preAuthorised'] },
        },
      ],
    },
  };
}

function parsedEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
}

describe('the forward schedule of change as .ics', () => {
  it('parses back with ical.js: one event per scheduled run, per go-live and per window', () => {
    const plan = frozenPlan();
    const exported = forwardScheduleIcs(plan, { generatedAt: GENERATED_AT });
    const runs = scheduleStreams(plan).reduce((sum, stream) => sum + stream.runs.length, 0);
    expect(runs).toBeGreaterThan(50);
    expect(exported.runs).toBe(runs);
    expect(exported.goLives).toBe(plan.packagedPlan.deliveries.length);
    const events = parsedEvents(exported.text);
    expect(exported.windows).toBe(1);
    expect(events).toHaveLength(runs + plan.packagedPlan.deliveries.length + 1);
    expect(scheduleContents(exported)).toBe(
      `${String(runs)} stream runs, 2 go-lives and 1 calendar window`,
    );
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
    expect(exported.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  });

  it('puts no run of a blocked stream inside the freeze, and says stream, approval and items', () => {
    const plan = frozenPlan();
    const events = parsedEvents(forwardScheduleIcs(plan, { generatedAt: GENERATED_AT }).text);
    const code = plan.streamDesign?.streams.find((s) => s.approval?.mode === 'preAuthorised');
    if (!code) throw new Error('the seed design has no pre-authorised stream');
    const codeRuns = events.filter((event) => event.summary === `${code.name}: release`);
    expect(codeRuns.length).toBeGreaterThan(20);
    const days = codeRuns.map((event) => event.startDate.toString());
    expect(days.filter((day) => day >= '2027-11-08' && day <= '2027-11-19')).toEqual([]);
    const first = codeRuns[0];
    expect(first?.startDate.isDate).toBe(true);
    expect(first?.description).toContain(`Stream: ${code.name}`);
    expect(first?.description).toContain('Approval: Pre-authorised (standard change) through');
    expect(first?.description).toMatch(/Items \(\d+\):\n- /);
    const goLive = events.find((event) => event.summary.startsWith('Go-live: '));
    expect(goLive?.startDate.toString()).toBe(plan.packagedPlan.deliveries[0]?.date);
  });

  it('shows the freeze over its days, names the deliveries of repeated titles, and calls only releases releases', () => {
    const plan = frozenPlan();
    const events = parsedEvents(forwardScheduleIcs(plan, { generatedAt: GENERATED_AT }).text);
    const freeze = events.find((event) => event.summary.startsWith('Freeze: '));
    expect(freeze?.summary).toBe('Freeze: Autumn freeze (some streams)');
    expect([freeze?.startDate.toString(), freeze?.endDate.toString()]).toEqual([
      '2027-11-08',
      '2027-11-20',
    ]);
    expect(freeze?.description).toBe('Blocks: Pre-authorised (standard change).');

    // The seed's acceptance stream tests the NFRs of both deliveries: x at 75%, then at 90%.
    const acceptance = events.find((event) => event.summary.startsWith('Formal operational'));
    expect(acceptance?.summary).toBe('Formal operational acceptance tests: run');
    expect(acceptance?.description).toContain('- Non-functional requirement x (Delivery 1)');
    expect(acceptance?.description).toContain('- Non-functional requirement x (Delivery 2)');
  });

  it('reads its own windows back when imported into a plan', () => {
    const exported = forwardScheduleIcs(frozenPlan(), { generatedAt: GENERATED_AT });
    const read = readIcsCalendar(exported.text);
    if (!read.ok) throw new Error(read.message);
    expect(read.windows.map((w) => [w.kind, w.name, w.start, w.end])).toEqual([
      ['freeze', 'Autumn freeze', '2027-11-08', '2027-11-19'],
    ]);
    // Imported into the plan it came from: the typed-in freeze is that window, not a second one.
    const plan = frozenPlan();
    const merged = mergeIcsCalendar(plan.changeCalendar, read);
    expect(merged.calendar.windows?.map((w) => [w.id, w.name])).toEqual([['w1', 'Autumn freeze']]);
    expect(read.holidays).toEqual([]);
    expect(read.notices).toEqual([
      `${String(exported.runs + exported.goLives)} stream runs and go-lives of a schedule of change exported by Transition Studio left out: they are releases, not calendar windows.`,
    ]);
  });

  it('schedules the proposed streams of a plan that has no design yet', () => {
    const seed = loadSeedPlan();
    const exported = forwardScheduleIcs(seed, {
      generatedAt: GENERATED_AT,
      streams: designFor(seed).streams,
    });
    expect(exported.runs).toBeGreaterThan(0);
    expect(forwardScheduleIcs(seed, { generatedAt: GENERATED_AT }).runs).toBe(0);
  });
});
