import { describe, expect, it } from 'vitest';
import { buildDiagram } from '../../../../core/diagrams';
import { cadenceWindowOf, shiftCadenceWindow } from '../../../../core/diagrams/cadence-window';
import type { Plan } from '../../../../core/plan/schema';
import { loadSeedPlan, seedWithStreams } from '../../../support/seed';
import { parseMermaid } from './mermaid-parse';

describe('the cadence window a reader moves', () => {
  it('starts on the plan’s first delivery, four weeks long, and moves by its own length', () => {
    const first = cadenceWindowOf(seedWithStreams(), null, '4');
    expect(first).toEqual({ start: '2027-06-30', weeks: 4 });
    if (!first) throw new Error('no window');
    expect(shiftCadenceWindow(first, 1)).toEqual({ start: '2027-07-28', weeks: 4 });
    expect(shiftCadenceWindow(first, -1)).toEqual({ start: '2027-06-02', weeks: 4 });
    expect(cadenceWindowOf(seedWithStreams(), '2027-09-06', '12')).toEqual({
      start: '2027-09-06',
      weeks: 12,
    });
  });

  it('shows the whole horizon (first delivery to the end of the last early life support) as one window', () => {
    // 2027-06-30 to 2027-12-15 is 169 days: 25 weeks cover it.
    expect(cadenceWindowOf(seedWithStreams(), '2027-09-06', 'whole')).toEqual({
      start: '2027-06-30',
      weeks: 25,
    });
  });

  it('draws the chosen weeks, and the whole horizon as a parsable timeline', async () => {
    const later = buildDiagram(seedWithStreams(), 'cadence', {
      cadenceWindow: { start: '2027-07-28', weeks: 4 },
    }).diagrams;
    expect(later[0]?.title).toContain('2027-07-28 to 2027-08-24');
    const whole = buildDiagram(seedWithStreams(), 'cadence', {
      cadenceWindow: cadenceWindowOf(seedWithStreams(), null, 'whole') ?? undefined,
    });
    expect(whole.diagrams[0]?.title).toContain('2027-06-30 to 2027-12-21');
    // 25 weeks run by run would smear: one timeline whose lanes count runs per week.
    expect(whole.diagrams).toHaveLength(1);
    expect(whole.reduced?.how).toBe('aggregated');
    expect(whole.reduced?.message).toContain('how many times it runs in each week');
    for (const diagram of whole.diagrams) await parseMermaid(diagram.source);
  });

  it('has no window for a plan with no delivery and no horizon', () => {
    const empty: Plan = { ...loadSeedPlan(), packagedPlan: { deliveries: [] } };
    const strategy = { ...empty.strategy };
    delete strategy.horizon;
    expect(cadenceWindowOf({ ...empty, strategy }, null, '4')).toBeNull();
    expect(cadenceWindowOf({ ...empty, strategy }, null, 'whole')).toBeNull();
  });
});
