// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildDiagram, type DiagramOptions } from '../../../../core/diagrams';
import {
  expandableGroups,
  expandableStreams,
  itemGroupId,
} from '../../../../core/diagrams/stream-groups';
import type { Plan } from '../../../../core/plan/schema';
import { seedWithStreams } from '../../../support/seed';
import { parseMermaid, type ParsedDiagram } from './mermaid-parse';

async function streamsView(plan: Plan, options?: DiagramOptions): Promise<ParsedDiagram> {
  const [diagram] = buildDiagram(plan, 'streams', options).diagrams;
  if (!diagram) throw new Error('no diagram');
  return parseMermaid(diagram.source);
}

const firstLines = (parsed: ParsedDiagram) => parsed.vertices.map((vertex) => vertex.lines[0]);

describe('opening the grouped stream view to its items', () => {
  it('offers every group of two or more items and every stream, named as the diagram names them', () => {
    const plan = seedWithStreams();
    const groups = expandableGroups(plan);
    expect(groups.map((group) => group.label)).toEqual(
      expect.arrayContaining([
        'Delivery 1 · Functional requirements a–c (3)',
        'Delivery 2 · Documents 4–6 (3)',
        'Delivery 1 · Infrastructure items (3) · DB server, Application server, Web server',
      ]),
    );
    // A group of one (the ops briefing) is drawn as its item already.
    expect(groups.some((group) => group.label.includes('Ops briefing'))).toBe(false);
    expect(expandableStreams(plan).map((stream) => stream.label)).toContain('Hardware deliveries');
  });

  it('draws an opened group item by item and leaves the others grouped', async () => {
    const plan = seedWithStreams();
    const parsed = await streamsView(plan, {
      expand: { groups: [itemGroupId('d1', 'functional')] },
    });
    const lines = firstLines(parsed);
    expect(lines).toEqual(
      expect.arrayContaining([
        'Functional requirement a',
        'Functional requirement b',
        'Functional requirement c',
        'Functional requirements d–f (3)',
        'Documents 1–3 (3)',
      ]),
    );
    expect(lines).not.toContain('Functional requirements a–c (3)');
    expect(
      parsed.links.filter((link) => link.from === 'Functional requirement b').map((l) => l.to),
    ).toEqual([
      'Code objects checked in, tested & deployed',
      'Knowledge updates created & tested for the new functional requirements',
    ]);
    const delivery1 = parsed.groups.find((group) => group.title.includes('2027-06-30'));
    expect(delivery1?.members.length).toBeGreaterThan(0);
  });

  it('opens every group feeding an opened stream, and nothing else', async () => {
    const plan = seedWithStreams();
    const hardware = expandableStreams(plan).find((s) => s.label === 'Hardware deliveries');
    const parsed = await streamsView(plan, { expand: { streams: [hardware?.id ?? ''] } });
    const lines = firstLines(parsed);
    expect(lines).toEqual(
      expect.arrayContaining([
        'DB server',
        'Application server',
        'Web server',
        'Additional web server',
        'Load balancer',
        'Functional requirements a–c (3)',
      ]),
    );
    expect(lines).not.toContain('Infrastructure items (3)');
    const grouped = await streamsView(plan);
    expect(parsed.nodes).toBe(grouped.nodes - 2 + 5);
  });

  it('ignores a group or stream the plan no longer has', () => {
    const plan = seedWithStreams();
    const grouped = buildDiagram(plan, 'streams').diagrams[0]?.source;
    const stale = buildDiagram(plan, 'streams', {
      expand: { groups: ['gone/functional'], streams: ['gone'] },
    }).diagrams[0]?.source;
    expect(stale).toBe(grouped);
  });
});
