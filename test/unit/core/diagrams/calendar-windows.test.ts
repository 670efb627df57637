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
    const windows = parsed.bars.filter((bar) => bar.section === 'Change calendar');
    expect(windows.map((bar) => [bar.text, bar.start, bar.end])).toEqual([
      ['Freeze: Summer freeze (all streams)', '2027-07-12', '2027-07-17'],
      ['Maintenance: Sunday slot (blocks nothing)', '2027-07-18', '2027-07-19'],
    ]);
    const code = parsed.bars.filter((bar) => bar.section.startsWith('Code objects'));
    expect(code.some((bar) => bar.start >= '2027-07-12' && bar.start <= '2027-07-16')).toBe(false);
    // 20 working days in the 4 weeks from 06-30, 5 of them frozen.
    expect(code).toHaveLength(15);
  });

  it('draws the windows over the packaged plan, clipped to its dates', async () => {
    const [diagram] = buildDiagram(frozenSeed(), 'packaged').diagrams;
    const parsed = await parseMermaid(diagram?.source ?? '');
    expect(
      parsed.bars.filter((bar) => bar.section === 'Change calendar').map((bar) => bar.text),
    ).toEqual(['Freeze: Summer freeze (all streams)', 'Maintenance: Sunday slot (blocks nothing)']);
  });

  it('adds no calendar section to a plan without windows', async () => {
    const plan: Plan = seedWithStreams();
    const [diagram] = buildDiagram(plan, 'cadence').diagrams;
    const parsed = await parseMermaid(diagram?.source ?? '');
    expect(parsed.bars.some((bar) => bar.section === 'Change calendar')).toBe(false);
  });
});
