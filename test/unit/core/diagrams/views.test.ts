// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildDiagram, type DiagramOptions, type DiagramView } from '../../../../core/diagrams';
import { scheduleStreams } from '../../../../core/schedule';
import type { Plan, Stream } from '../../../../core/plan/schema';
import { loadSeedPlan, seedStreams, seedWithStreams } from '../../../support/seed';
import { parseMermaid, type ParsedDiagram } from './mermaid-parse';

async function only(
  plan: Plan,
  view: DiagramView,
  options?: DiagramOptions,
): Promise<ParsedDiagram> {
  const set = buildDiagram(plan, view, options);
  expect(set.diagrams).toHaveLength(1);
  const [diagram] = set.diagrams;
  if (!diagram) throw new Error('no diagram');
  return parseMermaid(diagram.source);
}

function streamNamed(plan: Plan, name: string): Stream {
  const stream = plan.streamDesign?.streams.find((candidate) => candidate.name === name);
  if (!stream) throw new Error(`no stream ${name}`);
  return stream;
}

describe('the packaged plan', () => {
  it('puts each delivery in a section with its briefing, training, go-live and ELS in date order', async () => {
    const parsed = await only(seedWithStreams(), 'packaged');
    expect(parsed.bars).toEqual([
      {
        text: 'Ops briefing (t-3 weeks)',
        section: 'Delivery 1 · 2027-06-30',
        start: '2027-06-09',
        end: '2027-06-10',
        milestone: false,
      },
      {
        text: 'Go-live · 12 items',
        section: 'Delivery 1 · 2027-06-30',
        start: '2027-06-30',
        end: '2027-06-30',
        milestone: true,
      },
      {
        text: 'ELS +5 days',
        section: 'Delivery 1 · 2027-06-30',
        start: '2027-06-30',
        end: '2027-07-05',
        milestone: false,
      },
      {
        text: 'Training from t-5 weeks · Full training plan',
        section: 'Delivery 2 · 2027-11-30',
        start: '2027-10-26',
        end: '2027-11-30',
        milestone: false,
      },
      {
        text: 'Go-live · 11 items',
        section: 'Delivery 2 · 2027-11-30',
        start: '2027-11-30',
        end: '2027-11-30',
        milestone: true,
      },
      {
        text: 'ELS +15 days',
        section: 'Delivery 2 · 2027-11-30',
        start: '2027-11-30',
        end: '2027-12-15',
        milestone: false,
      },
    ]);
  });

  it('says so when there is no delivery', async () => {
    const plan = loadSeedPlan();
    plan.packagedPlan.deliveries = [];
    const parsed = await only(plan, 'packaged');
    expect(parsed.labels).toEqual([['The packaged plan has no deliveries.']]);
  });
});

describe('the stream design', () => {
  it('shows each stream with cadence, roles and approval, traced to every item it absorbed', async () => {
    const parsed = await only(seedWithStreams(), 'streams', { detail: 'items' });
    const hardware = parsed.vertices.find((vertex) => vertex.lines[0] === 'Hardware deliveries');
    expect(hardware?.lines).toEqual([
      'Hardware deliveries',
      'As required · R&DM, Tech Mgmt',
      'Change authority · Change Advisory Board',
    ]);
    expect(
      parsed.links.filter((link) => link.to === 'Hardware deliveries').map((link) => link.from),
    ).toEqual([
      'DB server',
      'Application server',
      'Web server',
      'Additional web server',
      'Load balancer',
    ]);
    const traced = seedStreams().reduce((sum, stream) => sum + stream.sourceItemIds.length, 0);
    expect(parsed.edges).toBe(traced);
    expect(parsed.groups.map((group) => group.title)).toEqual([
      'Delivery 1 · 2027-06-30',
      'Delivery 2 · 2027-11-30',
    ]);
  });

  it('names roles in the ITIL 4 vocabulary when asked, and the plan’s own roles by abbreviation', async () => {
    const plan = seedWithStreams();
    plan.customRoles = [{ id: 'vendor', abbreviation: 'Vendor', name: 'Hardware vendor' }];
    streamNamed(plan, 'Hardware deliveries').roles.push('vendor');
    const parsed = await only(plan, 'streams', { vocabulary: 'itil4' });
    const lines = parsed.vertices.map((vertex) => vertex.lines[1]);
    expect(lines).toContain(
      'As required · Release management and deployment management, Tech Mgmt, Vendor',
    );
    expect(lines).toContain(
      'Daily · Release management and deployment management, Service configuration management and IT asset management',
    );
  });

  it('says when the streams are only what the conversion proposes', () => {
    const set = buildDiagram(loadSeedPlan(), 'streams');
    expect(set.diagrams[0]?.title).toBe(
      'Stream design (proposed by the conversion rules: the plan has no stream design yet)',
    );
    expect(buildDiagram(seedWithStreams(), 'streams').diagrams[0]?.title).toBe('Stream design');
  });

  it('marks an item no stream carries and a stream without approval model', async () => {
    const plan = seedWithStreams();
    const hardware = streamNamed(plan, 'Hardware deliveries');
    hardware.sourceItemIds = hardware.sourceItemIds.filter((id) => id !== 'hw-lb');
    delete hardware.approval;
    const parsed = await only(plan, 'streams', { detail: 'items' });
    expect(parsed.vertices.find((vertex) => vertex.lines[0] === 'Load balancer')?.lines).toEqual([
      'Load balancer',
      'Infrastructure · 1 unit',
      'in no stream',
    ]);
    expect(
      parsed.vertices.find((vertex) => vertex.lines[0] === 'Hardware deliveries')?.lines[2],
    ).toBe('No approval model (a change authority is assumed)');
  });
});

describe('the stream design, grouped (the default)', () => {
  it('reads at a glance: one box per kind of item in each delivery, named by its items', async () => {
    const parsed = await only(seedWithStreams(), 'streams');
    expect(parsed.nodes).toBeLessThanOrEqual(18);
    expect(parsed.edges).toBeLessThanOrEqual(20);
    const firstLines = parsed.vertices.map((vertex) => vertex.lines[0]);
    expect(firstLines).toEqual(
      expect.arrayContaining([
        'Functional requirements a–c (3)',
        'Functional requirements d–f (3)',
        'Non-functional requirements x–z (3)',
        'Documents 1–3 (3)',
        'Documents 4–6 (3)',
        'Infrastructure items (3)',
        'Ops briefing',
        'Full training plan',
      ]),
    );
    expect(
      parsed.vertices.find((vertex) => vertex.lines[0] === 'Infrastructure items (3)')?.lines[1],
    ).toBe('DB server, Application server, Web server');
    expect(
      parsed.links
        .filter((link) => link.from === 'Functional requirements a–c (3)')
        .map((link) => link.to),
    ).toEqual([
      'Code objects checked in, tested & deployed',
      'Knowledge updates created & tested for the new functional requirements',
    ]);
  });

  it('labels a line with how many of the group a stream carries', async () => {
    const plan = seedWithStreams();
    const hardware = streamNamed(plan, 'Hardware deliveries');
    hardware.sourceItemIds = hardware.sourceItemIds.filter((id) => id !== 'hw-lb');
    const parsed = await only(plan, 'streams');
    const group = parsed.vertices.find((vertex) => vertex.lines[0] === 'Infrastructure items (2)');
    expect(group?.lines).toEqual([
      'Infrastructure items (2)',
      'Additional web server, Load balancer',
      '1 in no stream',
    ]);
    expect(parsed.links).toContainEqual({
      from: 'Infrastructure items (2)',
      to: 'Hardware deliveries',
      label: '1 of 2',
    });
  });
});

describe('the stream cadence', () => {
  const window = { start: '2027-06-30', end: '2027-07-27' };

  it('draws one lane per stream, with the runs the schedule lays out in the window', async () => {
    const plan = seedWithStreams();
    const schedules = scheduleStreams(plan, { timesPerWeek: 'max' });
    const parsed = await only(plan, 'cadence');
    expect(parsed.sections).toBe(1 + seedStreams().length);
    for (const name of [
      'Code objects checked in, tested & deployed',
      'Knowledge updates created & tested for the new functional requirements',
      'ELS & Continual Service Improvement',
    ]) {
      const stream = streamNamed(plan, name);
      const lane = parsed.bars.filter((bar) => bar.section.startsWith(name.slice(0, 30)));
      const runs = schedules
        .find((schedule) => schedule.streamId === stream.id)
        ?.runs.filter((day) => day >= window.start && day <= window.end);
      expect(runs?.length).toBeGreaterThan(0);
      expect(lane).toHaveLength(runs?.length ?? -1);
      // Working days only: no run on a Saturday or a Sunday.
      for (const bar of lane) expect([0, 6]).not.toContain(new Date(`${bar.start}T12:00`).getDay());
    }
  });

  it('shows "1–2 times a week" as a band per week and "as required" only when items are due', async () => {
    const parsed = await only(seedWithStreams(), 'cadence');
    const weekly = parsed.bars.filter((bar) => bar.section.startsWith('Formal operational'));
    expect(weekly.map((bar) => [bar.text, bar.start, bar.end])).toEqual([
      ['1–2×/week', '2027-06-30', '2027-07-07'],
      ['1–2×/week', '2027-07-07', '2027-07-14'],
      ['1–2×/week', '2027-07-14', '2027-07-21'],
      ['1–2×/week', '2027-07-21', '2027-07-28'],
    ]);
    // Scheduled Monday to Sunday: the window 06-30..07-27 touches 5 calendar weeks; at most 2
    // a week, but the week of Mon 07-26 has only its first run (07-26) inside: 5–9.
    expect(weekly[0]?.section).toBe(
      'Formal operational acceptance tests · 1–2 times a week · 5–9 runs',
    );
    const hardware = parsed.bars.filter((bar) => bar.section.startsWith('Hardware deliveries'));
    expect(hardware.map((bar) => [bar.text, bar.start])).toEqual([
      ['As required · 3 items due', '2027-06-30'],
    ]);
    const releases = parsed.bars.filter((bar) => bar.section === 'Packaged releases');
    expect(releases).toEqual([
      {
        text: 'Delivery 1 · 2027-06-30',
        section: 'Packaged releases',
        start: '2027-06-30',
        end: '2027-06-30',
        milestone: true,
      },
    ]);
  });

  it('takes the chosen window and says when nothing is due in it', async () => {
    const parsed = await only(seedWithStreams(), 'cadence', {
      cadenceWindow: { start: '2027-08-02', weeks: 2 },
    });
    expect(parsed.bars.filter((bar) => bar.section.startsWith('Code objects'))).toHaveLength(10);
    expect(parsed.bars.find((bar) => bar.section.startsWith('Hardware'))?.text).toBe(
      'As required · nothing due in this window',
    );
    expect(parsed.bars.find((bar) => bar.section === 'Packaged releases')?.text).toBe(
      'No packaged release in this window',
    );
  });

  it('explains a window it cannot draw', async () => {
    const bad = await only(seedWithStreams(), 'cadence', {
      cadenceWindow: { start: '2027-02-30', weeks: 4 },
    });
    expect(bad.labels).toEqual([
      ['The cadence window starts on "2027-02-30", which is not a date written YYYY-MM-DD.'],
    ]);
    const plan = seedWithStreams();
    plan.packagedPlan.deliveries = [];
    const none = await only(plan, 'cadence');
    expect(none.labels[0]?.[0]).toMatch(/^The plan has no deliveries and no horizon/);
  });
});

describe('change approval', () => {
  it('sends pre-authorised streams through their gate and the others to a change authority', async () => {
    const parsed = await only(seedWithStreams(), 'approvals');
    expect(
      parsed.links.filter((link) => link.to !== 'Production').map((link) => [link.from, link.to]),
    ).toEqual([
      ['Code objects checked in, tested & deployed', 'Automated build and integration tests'],
      [
        'Knowledge updates created & tested for the new functional requirements',
        'Knowledge article verification',
      ],
      ['Formal operational acceptance tests', 'Operational acceptance test suite'],
      ['Hardware deliveries', 'Change Advisory Board'],
      ['ELS & Continual Service Improvement', 'ELS and CSI policy'],
    ]);
    const [pre, authority] = parsed.groups;
    expect(pre?.title).toBe('Pre-authorised by Change Management · standard changes');
    expect(authority?.members.sort()).toEqual(['Change Advisory Board', 'Hardware deliveries']);
  });

  it('sends a stream without approval model to a change authority, and speaks ITIL 4 when asked', async () => {
    const plan = seedWithStreams();
    delete streamNamed(plan, 'Formal operational acceptance tests').approval;
    const parsed = await only(plan, 'approvals', { vocabulary: 'itil4' });
    const authority = parsed.groups.find((group) => group.title.startsWith('Approved by'));
    expect(authority?.members).toContain('No approval model');
    expect(authority?.members).toContain('Formal operational acceptance tests');
    expect(parsed.groups.map((group) => group.title)).toContain(
      'Pre-authorised by Change enablement · standard changes',
    );
  });
});

describe('configuration and knowledge', () => {
  it('links a knowledge CI per covered requirement to it, its documents, hardware and the service', async () => {
    const parsed = await only(seedWithStreams(), 'ci', { detail: 'items' });
    const knowledge = parsed.vertices.filter((vertex) => vertex.lines[0] === 'Knowledge CI');
    expect(knowledge.map((vertex) => vertex.lines[1])).toEqual(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((letter) => `Functional requirement ${letter}`),
    );
    const fromFirst = parsed.links.filter((link) => link.from === 'Knowledge CI').slice(0, 4);
    expect(fromFirst.map((link) => link.to)).toEqual([
      'Functional requirement a',
      'Documents',
      'Hardware CIs',
      'Service CI',
    ]);
    expect(parsed.vertices.find((vertex) => vertex.lines[0] === 'DB server')?.lines).toEqual([
      'DB server',
      '2 units',
    ]);
    expect(parsed.vertices.find((vertex) => vertex.lines[0] === 'Service CI')?.lines).toEqual([
      'Service CI',
      'Example service',
      'Owner · Service Owner',
    ]);
  });

  it('groups the CIs of a delivery by kind by default', async () => {
    const parsed = await only(seedWithStreams(), 'ci');
    const firstLines = parsed.vertices.map((vertex) => vertex.lines[0]);
    expect(firstLines).toEqual(
      expect.arrayContaining([
        '3 knowledge CIs',
        'Functional requirements a–c (3)',
        'Documents 4–6 (3)',
        'Service CI',
      ]),
    );
    expect(parsed.nodes).toBeLessThanOrEqual(12);
    expect(
      parsed.links.filter((link) => link.from === '3 knowledge CIs').map((link) => link.to),
    ).toEqual([
      'Functional requirements a–c (3)',
      'Documents 1–3 (3)',
      'Infrastructure items (3)',
      'Service CI',
      'Functional requirements d–f (3)',
      'Documents 4–6 (3)',
      'Infrastructure items (2)',
      'Service CI',
    ]);
  });

  it('says when no knowledge stream covers a requirement', async () => {
    const plan = seedWithStreams();
    for (const stream of plan.streamDesign?.streams ?? []) {
      stream.roles = stream.roles.filter((role) => role !== 'knowledge');
    }
    const parsed = await only(plan, 'ci');
    expect(parsed.vertices.some((vertex) => vertex.lines[0] === 'Knowledge CI')).toBe(false);
    expect(parsed.labels).toContainEqual([
      'No knowledge stream covers a functional requirement,',
      'so there is no knowledge CI yet.',
    ]);
  });
});
