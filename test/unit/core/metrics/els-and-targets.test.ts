import { describe, expect, it } from 'vitest';
import { computePlanMetrics, type PlanMetrics } from '../../../../core/metrics';
import type { Plan, Stream } from '../../../../core/plan/schema';
import { delivery, els, fr, makePlan, nfr, stream } from './plan-builders';

function metricsOf(plan: Plan, streams: Stream[] = []): PlanMetrics {
  const result = computePlanMetrics(plan, streams);
  if (!result.ok) throw new Error(result.reason);
  return result.metrics;
}

describe('early life support', () => {
  // d1 2027-06-30 + 10 covers 07-01..07-10; d2 2027-07-05 + 10 covers 07-06..07-15.
  const overlapping = [
    delivery('d1', '2027-06-30', [fr('a'), els('e1', 10)]),
    delivery('d2', '2027-07-05', [els('e2', 4), els('e3', 10)]),
  ];

  it('counts overlapping periods once: 07-01..07-15 is 15 days', () => {
    const metrics = metricsOf(makePlan(overlapping));
    expect(metrics.earlyLifeSupport.packaged).toEqual({
      periods: [
        { deliveryId: 'd1', from: '2027-06-30', to: '2027-07-10', days: 10 },
        { deliveryId: 'd2', from: '2027-07-05', to: '2027-07-15', days: 10 },
      ],
      coveredDays: 15,
    });
  });

  it('counts only the days inside an explicit horizon: 07-01..07-08 is 8 days', () => {
    const plan = makePlan(overlapping, { start: '2027-06-01', end: '2027-07-08' });
    expect(metricsOf(plan).earlyLifeSupport.packaged.coveredDays).toBe(8);
  });

  it('has no period for a delivery without ELS, and none covering zero days', () => {
    const plan = makePlan([delivery('d1', '2027-06-30', [fr('a'), els('e', 0)])], {
      start: '2027-06-01',
      end: '2027-07-31',
    });
    expect(metricsOf(plan).earlyLifeSupport.packaged).toEqual({
      periods: [{ deliveryId: 'd1', from: '2027-06-30', to: '2027-06-30', days: 0 }],
      coveredDays: 0,
    });
  });

  it('is continuous under streams, merged with CSI only when the stream is CSI-owned', () => {
    const plan = makePlan(overlapping);
    // Horizon 2027-06-30 .. 2027-07-15: 16 days.
    expect(
      metricsOf(plan, [stream('support', { kind: 'daily' }, ['service-desk'], ['e1'])])
        .earlyLifeSupport.streams,
    ).toEqual({ continuous: true, days: 16, streamName: 'support', mergedWithCsi: false });
    expect(
      metricsOf(plan, [stream('improve', { kind: 'daily' }, ['csi'], [])]).earlyLifeSupport.streams,
    ).toEqual({ continuous: true, days: 16, streamName: 'improve', mergedWithCsi: true });
    expect(
      metricsOf(plan, [stream('code', { kind: 'daily' }, ['release-deployment'], ['a'])])
        .earlyLifeSupport.streams,
    ).toEqual({ continuous: false });
  });
});

describe('non-functional target path', () => {
  const plan = makePlan([
    delivery('d2', '2027-09-30', [nfr('x2', 95), nfr('y2', 85)]),
    delivery('d1', '2027-06-30', [nfr('x1', 80), nfr('y1', 60), fr('a')]),
    delivery('d3', '2027-10-30', [fr('b')]),
  ]);

  it('takes the lowest percentage of each delivery, in date order', () => {
    expect(metricsOf(plan).nonFunctionalPath.packaged).toEqual([
      { date: '2027-06-30', deliveryId: 'd1', percent: 60 },
      { date: '2027-09-30', deliveryId: 'd2', percent: 85 },
    ]);
  });

  it('says no stream tracks the thresholds when none carries the items', () => {
    const tracking = metricsOf(plan, [stream('code', { kind: 'daily' }, [], ['a'])])
      .nonFunctionalPath.streams;
    expect(tracking.thresholds.map((step) => step.percent)).toEqual([60, 85]);
    expect(tracking.trackedBy).toBeNull();
  });
});
