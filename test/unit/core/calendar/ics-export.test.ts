import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { forwardScheduleIcs } from '../../../../core/calendar/ics-write';
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
  it('parses back with ical.js: one event per scheduled run and per go-live', () => {
    const plan = frozenPlan();
    const exported = forwardScheduleIcs(plan, { generatedAt: GENERATED_AT });
    const runs = scheduleStreams(plan).reduce((sum, stream) => sum + stream.runs.length, 0);
    expect(runs).toBeGreaterThan(50);
    expect(exported.runs).toBe(runs);
    expect(exported.goLives).toBe(plan.packagedPlan.deliveries.length);
    const events = parsedEvents(exported.text);
    expect(events).toHaveLength(runs + plan.packagedPlan.deliveries.length);
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
