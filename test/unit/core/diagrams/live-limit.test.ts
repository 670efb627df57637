import { describe, expect, it } from 'vitest';
import { tooLargeToDrawLive } from '../../../../core/diagrams';
import { planWithDeliveries, planWithStreams } from '../../../../bench/large-plans';
import { loadSeedPlan } from '../../../support/seed';

describe('the live diagram size limit', () => {
  it('draws the seed plan and a plan of 2,000 deliveries, items and streams live', () => {
    expect(tooLargeToDrawLive(loadSeedPlan())).toBeNull();
    // 500 deliveries of 3 items: exactly at the limit is still drawn.
    expect(tooLargeToDrawLive(planWithDeliveries(500, 3))).toBeNull();
  });

  it('names the plan’s size when it stops drawing live', () => {
    expect(tooLargeToDrawLive(planWithDeliveries(10_000))).toBe(
      'This plan (10000 deliveries, 20000 items, 0 streams) is too large to draw beside the ' +
        'editor while you work: the live diagram stops past 2,000 deliveries, items and streams ' +
        'together. The Diagrams screen draws it in parts.',
    );
    // 10 deliveries, 20 items and 1,981 streams: 11 past the limit.
    expect(tooLargeToDrawLive(planWithStreams(1_981))).toContain(
      '(10 deliveries, 20 items, 1981 streams)',
    );
    expect(tooLargeToDrawLive(planWithStreams(1_970))).toBeNull();
  });
});
