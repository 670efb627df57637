import { beforeAll, describe, expect, it } from 'vitest';
import { computePlanMetrics, type PlanMetrics } from '../../../../core/metrics';
import { loadSeedPlan, seedStreams } from '../../../support/seed';

/*
 * Every figure below is worked out by hand from the seed plan, not read back from the code.
 *
 * Horizon (no horizon in the strategy): start = first delivery 2027-06-30. End = the latest
 * delivery date + its ELS: d1 2027-06-30 + 5 = 2027-07-05, d2 2027-11-30 + 15 = 2027-12-15.
 * Days, both ends counted: Jun 1 (the 30th) + Jul 31 + Aug 31 + Sep 30 + Oct 31 + Nov 30
 * + Dec 15 = 169. Weeks = 169 / 7 = 24.142857...
 *
 * Weekdays: 2027-01-01 is a Friday (2026 is not a leap year and 2026-01-01 is a Thursday).
 * 2027-06-30 is day 181 of the year (31+28+31+30+31+30), 180 days after a Friday:
 * 180 = 25 × 7 + 5, Friday + 5 = Wednesday. 169 days = 24 whole weeks (120 working days) + 1
 * day, and that last day (day 169 = start + 168 = start + 24 weeks) is again a Wednesday, a
 * working day: 121 working days. 2027-12-15 is therefore a Wednesday too.
 *
 * Runs, as scheduled (no change calendar: Monday to Friday, no holiday, no window). A stream
 * runs only from the first to the last day its items keep it busy:
 *   code (daily), fr-a..f go live 2027-06-30 and 2027-11-30 (a Tuesday): 154 days = 22 whole
 *     weeks = 110 working days.
 *   knowledge (every 2nd working day) starts with ops-brief-1, 3 weeks before 2027-06-30 =
 *     2027-06-09 (a Wednesday), ends 2027-11-30. Working days 06-09..06-29: 3 + 5 + 5 + 2 = 15
 *     (indices 0..14), so 06-30 is index 15 and 125 working days end at index 124. Runs on the
 *     even indices; inside the horizon (from 06-30) 16, 18 .. 124: 55 runs.
 *   acceptance (1–2 a week), nfr items 06-30..11-30: weeks Mon 06-28 .. Mon 11-29 = 23 weeks,
 *     each with at least two working days in the span: 23 .. 46.
 *   hardware (as required)               2 distinct delivery dates .. 5 items
 *   ELS & CSI (daily), els-1 06-30 .. els-2 11-30 + 15 = 12-15: 169 days, 121 working days.
 *
 * Release streams (carry a deliverable kind): code, knowledge, hardware. Acceptance carries only
 * non-functional items, ELS only early life support: not release events.
 *   release events: packaged 2 (deliveries); streams 110 + 55 + (2..5) = 167..170
 *
 * Batch size: packaged 27 items (14 + 13) / 2 = 13.5. Streams: source items of the release
 * streams 6 + 14 + 5 = 25 (a requirement in two streams counts in each);
 * 25 / 170 .. 25 / 167.
 *
 * Lead time: the one interval is 2027-06-30 → 2027-11-30 = Jul 31 + Aug 31 + Sep 30 + Oct 31
 * + Nov 30 = 153 days. d2's requirements wait 153 / 2 = 76.5; d1 has no earlier explicit start,
 * so its interval is the mean of the others (153): 76.5. Mean over 6 requirements: 76.5.
 * Streams: the fastest deploying stream carrying each requirement is code: 110 runs from 06-30
 * to 11-30, 153 days over 109 gaps, half of it 153 / 218. (Knowledge does not deploy.)
 *
 * Deployments per week: packaged 2 / (169/7) = 14/169 = 0.0828. Streams: deploying streams are
 * code and hardware: (110 + 2..5) × 7 / 169 = 784/169 = 4.639 .. 805/169 = 4.763.
 * DORA 2023: packaged 0.0828 < 7/30.44 = 0.2300 (once a month) → low; streams 4.64 a week is
 * between once a week and once a day → high (one deploy a working day is not elite). DORA 2021:
 * packaged 0.0828 ≥ 7/182.6 = 0.0383 (once every 6 months) and < 0.2300 → medium; streams high.
 *
 * Change authority: packaged every delivery, 0.0828 a week, 100% of release events. Streams:
 * only hardware goes to the CAB: (2..5) × 7 / 169 = 0.0828 .. 0.2071 a week. Share of release
 * events (code and knowledge make 165 others): lowest 2 / (2 + 165) = 1.198%, highest
 * 5 / (5 + 165) = 2.941%.
 *
 * Non-functional path: d1 75 (x1, y1, z1 all 75), d2 90; tracked by acceptance, 23..46 runs.
 *
 * ELS: d1 2027-06-30 → 2027-07-05 (5 days), d2 2027-11-30 → 2027-12-15 (15 days), no overlap:
 * 20 days. Streams: continuous over all 169 days, in the stream owned by CSI.
 */

const WEEKS = 169 / 7;

describe('computePlanMetrics on the seed plan and the article stream design', () => {
  let metrics: PlanMetrics;
  beforeAll(() => {
    const result = computePlanMetrics(loadSeedPlan(), seedStreams());
    if (!result.ok) throw new Error(result.reason);
    metrics = result.metrics;
  });

  it('derives the horizon from the deliveries and their ELS', () => {
    expect(metrics.horizon).toEqual({
      start: '2027-06-30',
      end: '2027-12-15',
      days: 169,
      weeks: WEEKS,
      explicit: false,
    });
    expect(metrics.doraYear).toBe(2023);
  });

  it('counts each stream over the horizon', () => {
    expect(metrics.streams.map((s) => [s.streamId, s.occurrences])).toEqual([
      ['code', { min: 110, max: 110 }],
      ['knowledge', { min: 55, max: 55 }],
      ['acceptance', { min: 23, max: 46 }],
      ['hardware', { min: 2, max: 5 }],
      ['els-csi', { min: 121, max: 121 }],
    ]);
    expect(metrics.streams.filter((s) => s.release).map((s) => s.streamId)).toEqual([
      'code',
      'knowledge',
      'hardware',
    ]);
    expect(metrics.streams.filter((s) => s.deploys).map((s) => s.streamId)).toEqual([
      'code',
      'hardware',
    ]);
  });

  it('counts release events and batch sizes', () => {
    expect(metrics.releaseEvents).toEqual({
      packaged: { min: 2, max: 2 },
      streams: { min: 167, max: 170 },
    });
    expect(metrics.meanBatchSize.packaged).toEqual({ min: 13.5, max: 13.5 });
    expect(metrics.meanBatchSize.streams?.min).toBeCloseTo(25 / 170, 10);
    expect(metrics.meanBatchSize.streams?.max).toBeCloseTo(25 / 167, 10);
  });

  it('gives the lead time of a functional requirement', () => {
    expect(metrics.leadTime.packaged).toEqual({
      known: true,
      days: 76.5,
      functionalRequirements: 6,
      firstInterval: { days: 153, basis: 'meanOfOtherIntervals' },
    });
    const streams = metrics.leadTime.streams;
    expect(streams.known).toBe(true);
    if (!streams.known) return;
    expect(streams.days.min).toBeCloseTo(153 / 218, 10);
    expect(streams.days.max).toBeCloseTo(153 / 218, 10);
    expect(streams.functionalRequirements).toBe(6);
    expect(streams.notDeployed).toBe(0);
  });

  it('gives deployment frequency and its 2023 DORA band', () => {
    expect(metrics.deploymentsPerWeek.packaged.min).toBeCloseTo(14 / 169, 10);
    expect(metrics.deploymentsPerWeek.streams.min).toBeCloseTo(784 / 169, 10);
    expect(metrics.deploymentsPerWeek.streams.max).toBeCloseTo(805 / 169, 10);
    expect(metrics.doraBand.packaged).toMatchObject({
      band: 'low',
      wording: 'fewer than once a month',
      year: 2023,
    });
    expect(metrics.doraBand.streams).toMatchObject({
      band: 'high',
      wording: 'between once a day and once a week',
    });
  });

  it('reads the 2021 table when asked', () => {
    const result = computePlanMetrics(loadSeedPlan(), seedStreams(), { doraYear: 2021 });
    if (!result.ok) throw new Error(result.reason);
    expect(result.metrics.doraYear).toBe(2021);
    expect(result.metrics.doraBand.packaged).toMatchObject({
      band: 'medium',
      wording: 'between once a month and once every 6 months',
    });
    expect(result.metrics.doraBand.streams.band).toBe('high');
  });

  it('counts approvals by a change authority', () => {
    expect(metrics.changeAuthorityApprovalsPerWeek.packaged.min).toBeCloseTo(2 / WEEKS, 10);
    expect(metrics.changeAuthorityApprovalsPerWeek.streams.min).toBeCloseTo(14 / 169, 10);
    expect(metrics.changeAuthorityApprovalsPerWeek.streams.max).toBeCloseTo(35 / 169, 10);
    expect(metrics.changeAuthorityShare.packaged).toEqual({ min: 1, max: 1 });
    expect(metrics.changeAuthorityShare.streams?.min).toBeCloseTo(2 / 167, 10);
    expect(metrics.changeAuthorityShare.streams?.max).toBeCloseTo(5 / 170, 10);
  });

  it('follows the non-functional target path 75% → 90%', () => {
    const path = [
      { date: '2027-06-30', deliveryId: 'd1', percent: 75 },
      { date: '2027-11-30', deliveryId: 'd2', percent: 90 },
    ];
    expect(metrics.nonFunctionalPath.packaged).toEqual(path);
    expect(metrics.nonFunctionalPath.streams).toEqual({
      thresholds: path,
      trackedBy: {
        streamId: 'acceptance',
        streamName: 'Formal operational acceptance tests',
        runs: { min: 23, max: 46 },
      },
    });
  });

  it('shows ELS as +5 and +15 days against continuous ELS merged with CSI', () => {
    expect(metrics.earlyLifeSupport.packaged).toEqual({
      periods: [
        { deliveryId: 'd1', from: '2027-06-30', to: '2027-07-05', days: 5 },
        { deliveryId: 'd2', from: '2027-11-30', to: '2027-12-15', days: 15 },
      ],
      coveredDays: 20,
    });
    expect(metrics.earlyLifeSupport.streams).toEqual({
      continuous: true,
      days: 169,
      streamName: 'ELS & Continual Service Improvement',
      mergedWithCsi: true,
    });
  });
});
