import { describe, expect, it } from 'vitest';
import { findingsOf, readyPlan, seedPlanWithStreams } from './plans';

describe('stream-runs-in-freeze', () => {
  it('names the stream whose go-live falls inside a freeze that blocks it', () => {
    const plan = readyPlan();
    // Release 1 goes live on 2027-03-15: code, hardware and ELS are due that day.
    plan.changeCalendar = {
      windows: [
        {
          id: 'q1',
          kind: 'freeze',
          name: 'Quarter-end freeze',
          start: '2027-03-10',
          end: '2027-03-20',
          scope: { streamIds: ['hardware'] },
        },
      ],
    };
    expect(findingsOf(plan, 'stream-runs-in-freeze')).toEqual([
      {
        severity: 'warning',
        path: 'streamDesign.streams[3]',
        message:
          'Stream "Hardware" cannot run in freeze "Quarter-end freeze" (2027-03-10 to 2027-03-20), but Infrastructure "Web server" is due inside it: move the date or narrow the window\'s scope.',
      },
    ]);
  });

  it('counts the items of one stream in one window once', () => {
    const plan = readyPlan();
    plan.packagedPlan.deliveries[0]?.items.push({
      id: 'fr2',
      kind: 'functional',
      title: 'Returns',
    });
    plan.streamDesign?.streams[0]?.sourceItemIds.push('fr2');
    plan.changeCalendar = {
      windows: [
        {
          id: 'b',
          kind: 'blackout',
          name: 'Month-end close',
          start: '2027-03-15',
          end: '2027-03-15',
          scope: { approvalModes: ['preAuthorised'] },
        },
      ],
    };
    const messages = findingsOf(plan, 'stream-runs-in-freeze').map((f) => f.message);
    expect(messages).toContain(
      'Stream "Code" cannot run in blackout "Month-end close" (2027-03-15 to 2027-03-15), but 2 of its items are due inside it: move the date or narrow the window\'s scope.',
    );
    // Hardware goes to the CAB: the blackout of pre-authorised releases does not block it.
    expect(messages.some((m) => m.includes('"Hardware"'))).toBe(false);
  });

  it('stays quiet for maintenance windows, windows elsewhere and the seed plan', () => {
    const plan = readyPlan();
    plan.changeCalendar = {
      windows: [
        {
          id: 'm',
          kind: 'maintenance',
          name: 'Sunday slot',
          start: '2027-03-14',
          end: '2027-03-16',
        },
        { id: 'f', kind: 'freeze', name: 'Year end', start: '2027-12-20', end: '2028-01-03' },
      ],
    };
    expect(findingsOf(plan, 'stream-runs-in-freeze')).toEqual([]);
    expect(findingsOf(seedPlanWithStreams(), 'stream-runs-in-freeze')).toEqual([]);
  });
});

describe('stream-before-first-delivery', () => {
  it('flags a deploying stream that runs before the platform goes live', () => {
    const plan = readyPlan();
    // A first release of code only, a month before the release that brings the web server.
    plan.packagedPlan.deliveries.unshift({
      id: 'd0',
      name: 'Pilot',
      date: '2027-02-15',
      items: [{ id: 'fr0', kind: 'functional', title: 'Pilot screens' }],
    });
    plan.streamDesign?.streams[0]?.sourceItemIds.push('fr0');
    expect(findingsOf(plan, 'stream-before-first-delivery')).toEqual([
      {
        severity: 'warning',
        path: 'streamDesign.streams[0]',
        message:
          'Stream "Code" first deploys on 2027-02-15, before Delivery "Release 1" puts the first infrastructure live on 2027-03-15: it would deploy onto a platform that does not exist yet.',
      },
    ]);
  });

  it('stays quiet when code and platform go live together, and on the seed plan', () => {
    expect(findingsOf(readyPlan(), 'stream-before-first-delivery')).toEqual([]);
    expect(findingsOf(seedPlanWithStreams(), 'stream-before-first-delivery')).toEqual([]);
  });
});
