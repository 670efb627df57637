import { describe, expect, it } from 'vitest';
import { buildDiagram } from '../../../../core/diagrams';
import type { Plan } from '../../../../core/plan/schema';
import { seedWithStreams } from '../../../support/seed';
import { parseMermaid } from './mermaid-parse';

/** The seed plan with a summer freeze over 2027-07-12..07-16 and a Sunday maintenance slot. */
function frozenSeed(): Plan {
  return seedWithStreams({
    windows: [
      { id: 'f', kind: 'freeze', name: 'Summer freeze', start: '2027-07-12', end: '2027-07-16' },
      {
        id: 'm',
        kind: 'maintenance',
        name: 'Sunday slot',
        start: '2027-07-18',
        end: '2027-07-18',
      },
      { id: 'x', kind: 'blackout', name: 'Far away', start: '2030-01-01', end: '2030-01-31' },
    ],
  });
}

describe('the change calendar in the diagrams', () => {
  it('draws the windows in the cadence view and no run of a blocked stream inside the freeze', async () => {
    const [diagram] = buildDiagram(frozenSeed(), 'cadence').diagrams;
    const parsed = await parseMermaid(diagram?.source ?? '');
    // Each window has its row, named in the section column: a bar's own text would not fit.
    const windows = parsed.bars.filter((bar) =>
      /^(Freeze|Maintenance|Blackout): /.test(bar.section),
    );
    expect(windows.map((bar) => [bar.section, bar.text.trim(), bar.start, bar.end])).toEqual([
      ['Freeze: Summer freeze · all streams', '\u200b', '2027-07-12', '2027-07-17'],
      ['Maintenance: Sunday slot · blocks nothing', '\u200b', '2027-07-18', '2027-07-19'],
    ]);
    // What stops changes is drawn red (Mermaid's crit), maintenance grey (done).
    expect(diagram?.source).toMatch(/:crit, t\d+, 2027-07-12, 5d/);
    expect(diagram?.source).toMatch(/:done, t\d+, 2027-07-18, 1d/);
    const code = parsed.bars.filter((bar) => bar.section.startsWith('Code objects'));
    expect(code.some((bar) => bar.start >= '2027-07-12' && bar.start <= '2027-07-16')).toBe(false);
    // 20 working days in the 4 weeks from 06-30, 5 of them frozen.
    expect(code).toHaveLength(15);
  });

  it('draws the windows over the packaged plan, clipped to its dates', async () => {
    const [diagram] = buildDiagram(frozenSeed(), 'packaged').diagrams;
    const parsed = await parseMermaid(diagram?.source ?? '');
    expect(parsed.bars.slice(0, 2).map((bar) => bar.section)).toEqual([
      'Freeze: Summer freeze · all streams',
      'Maintenance: Sunday slot · blocks nothing',
    ]);
  });

  it('names three windows in rows of their own and puts the rest in one row', async () => {
    const windows = Array.from({ length: 6 }, (_, i) => ({
      id: `w${String(i + 1)}`,
      kind: 'blackout' as const,
      name: `Month-end close ${String(i + 1)}`,
      start: `2027-07-${String(10 + i * 2)}`,
      end: `2027-07-${String(10 + i * 2)}`,
    }));
    const [diagram] = buildDiagram(seedWithStreams({ windows }), 'cadence').diagrams;
    const parsed = await parseMermaid(diagram?.source ?? '');
    const sections = [...new Set(parsed.bars.map((bar) => bar.section))];
    expect(sections.slice(1, 5)).toEqual([
      'Blackout: Month-end close 1 · all streams',
      'Blackout: Month-end close 2 · all streams',
      'Blackout: Month-end close 3 · all streams',
      'Change calendar · 3 more windows',
    ]);
    expect(parsed.bars.filter((bar) => bar.section.startsWith('Change calendar'))).toHaveLength(3);
  });

  it('adds no calendar section to a plan without windows', async () => {
    const plan: Plan = seedWithStreams();
    const [diagram] = buildDiagram(plan, 'cadence').diagrams;
    const parsed = await parseMermaid(diagram?.source ?? '');
    expect(
      parsed.bars.some((bar) => /^(Freeze|Maintenance|Blackout|Change calendar)/.test(bar.section)),
    ).toBe(false);
  });
});
