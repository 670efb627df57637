import { describe, expect, it } from 'vitest';
import { computePlanMetrics, type PlanMetrics } from '../../../../core/metrics';
import type { Plan, Stream } from '../../../../core/plan/schema';
import { delivery, doc, els, fr, hw, makePlan, stream } from './plan-builders';

function metricsOf(plan: Plan, streams: Stream[] = []): PlanMetrics {
  const result = computePlanMetrics(plan, streams);
  if (!result.ok) throw new Error(result.reason);
  return result.metrics;
}

const SEED_DATES = [
  delivery('d1', '2027-06-30', [fr('a'), fr('b'), fr('c')]),
  delivery('d2', '2027-11-30', [fr('d'), fr('e'), fr('f')]),
];

describe('horizon', () => {
  it('refuses a plan without deliveries or a horizon, saying why', () => {
    const result = computePlanMetrics(makePlan([]), []);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toMatch(/no deliveries and no horizon/);
  });

  it('takes an explicit horizon as it is, both ends counted', () => {
    const metrics = metricsOf(makePlan(SEED_DATES, { start: '2027-06-01', end: '2027-06-30' }));
    expect(metrics.horizon).toEqual({
      start: '2027-06-01',
      end: '2027-06-30',
      days: 30,
      weeks: 30 / 7,
      explicit: true,
    });
    // Only d1 is inside it.
    expect(metrics.releaseEvents.packaged).toEqual({ min: 1, max: 1 });
  });

  it('ends at the latest ELS end, whichever delivery has it, or at the last delivery', () => {
    const plan = makePlan([
      delivery('d1', '2027-01-04', [els('e1', 30)]),
      delivery('d2', '2027-01-10', [fr('a')]),
    ]);
    expect(metricsOf(plan).horizon).toMatchObject({ start: '2027-01-04', end: '2027-02-03' });
    const plain = makePlan([delivery('d1', '2027-01-04', []), delivery('d2', '2027-01-10', [])]);
    expect(metricsOf(plain).horizon).toMatchObject({ end: '2027-01-10', days: 7 });
  });

  it('uses the longest ELS item of a delivery, and deliveries in any order', () => {
    const plan = makePlan([
      delivery('late', '2027-03-01', [els('e2', 2), els('e3', 9)]),
      delivery('early', '2027-02-01', [fr('a')]),
    ]);
    expect(metricsOf(plan).horizon).toMatchObject({ start: '2027-02-01', end: '2027-03-10' });
  });

  it('computes over an explicit horizon without deliveries, with nothing packaged', () => {
    const plan = makePlan([], { start: '2027-06-28', end: '2027-07-04' });
    const metrics = metricsOf(plan, [
      stream('code', { kind: 'daily' }, ['release-deployment'], []),
    ]);
    expect(metrics.releaseEvents.packaged).toEqual({ min: 0, max: 0 });
    expect(metrics.meanBatchSize.packaged).toBeNull();
    expect(metrics.changeAuthorityShare.packaged).toBeNull();
    expect(metrics.leadTime.packaged).toEqual({
      known: false,
      reason: 'No functional requirement is delivered inside the horizon.',
    });
    expect(metrics.doraBand.packaged.band).toBe('low');
    // A stream runs only while its items need it: carrying nothing, it never deploys.
    expect(metrics.deploymentsPerWeek.streams).toEqual({ min: 0, max: 0 });
    expect(metrics.releaseEvents.streams).toEqual({ min: 0, max: 0 });
    expect(metrics.meanBatchSize.streams).toBeNull();
  });
});

describe('packaged lead time', () => {
  it('halves the interval before each delivery, the first one taking the mean of the others', () => {
    // Intervals: 2027-06-30 → 07-10 is 10 days, 07-10 → 07-30 is 20 days. First interval:
    // mean(10, 20) = 15. Waits: 1 FR × 15/2 + 3 FR × 10/2 + 0 FR × 20/2 = 7.5 + 15 = 22.5;
    // over 4 FRs: 5.625. The FR-less delivery still ends an interval.
    const plan = makePlan([
      delivery('d1', '2027-06-30', [fr('a')]),
      delivery('d2', '2027-07-10', [fr('b'), fr('c'), fr('d')]),
      delivery('d3', '2027-07-30', [hw('h')]),
    ]);
    expect(metricsOf(plan).leadTime.packaged).toEqual({
      known: true,
      days: 5.625,
      functionalRequirements: 4,
      firstInterval: { days: 15, basis: 'meanOfOtherIntervals' },
    });
  });

  it('measures the first interval from an earlier explicit horizon start', () => {
    // 2027-06-01 → 06-30 = 29 days; 06-30 → 11-30 = 153 days.
    // (3 × 29/2 + 3 × 153/2) / 6 = (43.5 + 229.5) / 6 = 45.5
    const plan = makePlan(SEED_DATES, { start: '2027-06-01', end: '2027-12-31' });
    expect(metricsOf(plan).leadTime.packaged).toEqual({
      known: true,
      days: 45.5,
      functionalRequirements: 6,
      firstInterval: { days: 29, basis: 'horizonStart' },
    });
  });

  it('falls back to the other intervals when the explicit horizon starts on the first delivery', () => {
    const plan = makePlan(SEED_DATES, { start: '2027-06-30', end: '2027-12-31' });
    expect(metricsOf(plan).leadTime.packaged).toMatchObject({
      days: 76.5,
      firstInterval: { days: 153, basis: 'meanOfOtherIntervals' },
    });
  });

  it('cannot say with one delivery and no earlier start', () => {
    const lead = metricsOf(makePlan([delivery('d1', '2027-06-30', [fr('a')])])).leadTime.packaged;
    expect(lead.known).toBe(false);
    if (lead.known) return;
    expect(lead.reason).toMatch(/only one delivery date/);
  });

  it('uses an earlier explicit start with one delivery: 29 days / 2', () => {
    const plan = makePlan([delivery('d1', '2027-06-30', [fr('a')])], {
      start: '2027-06-01',
      end: '2027-07-31',
    });
    expect(metricsOf(plan).leadTime.packaged).toMatchObject({ known: true, days: 14.5 });
  });

  it('lets deliveries on the same day share one interval', () => {
    // Dates 06-30 and 07-10 (10 days); the two 07-10 deliveries both wait 10/2 = 5.
    const plan = makePlan([
      delivery('d1', '2027-06-30', [fr('a')]),
      delivery('d2', '2027-07-10', [fr('b')]),
      delivery('d3', '2027-07-10', [fr('c')]),
    ]);
    expect(metricsOf(plan).leadTime.packaged).toMatchObject({ known: true, days: 5 });
    const oneDay = makePlan([
      delivery('d1', '2027-06-30', [fr('a')]),
      delivery('d2', '2027-06-30', [fr('b')]),
    ]);
    expect(metricsOf(oneDay).leadTime.packaged.known).toBe(false);
  });
});

describe('streams lead time', () => {
  const plan = makePlan([
    delivery('d1', '2027-06-30', [fr('a'), fr('b'), fr('c'), doc('x')]),
    delivery('d2', '2027-11-30', [fr('d')]),
  ]);

  it('takes the fastest deploying stream per requirement and reports the ones none deploys', () => {
    const streams = [
      // Weekly-ish deploys a and b: gap 7/2 .. 7/1 → waits 1.75 .. 3.5.
      stream(
        'weekly',
        { kind: 'timesPerWeek', min: 1, max: 2 },
        ['release-deployment'],
        ['a', 'b'],
      ),
      // Daily deploys b too: b waits 0.7.
      stream('daily', { kind: 'daily' }, ['release-deployment'], ['b', 'x']),
      // As required deploys c: no wait.
      stream('hw', { kind: 'asRequired' }, ['release-deployment'], ['c']),
      // Knowledge carries d but does not deploy it.
      stream('knowledge', { kind: 'daily' }, ['knowledge'], ['a', 'd']),
    ];
    // a: 1.75..3.5, b: 0.7, c: 0 → min (1.75 + 0.7 + 0) / 3 = 0.8167, max (3.5 + 0.7) / 3 = 1.4
    const lead = metricsOf(plan, streams).leadTime.streams;
    expect(lead.known).toBe(true);
    if (!lead.known) return;
    expect(lead.functionalRequirements).toBe(3);
    expect(lead.notDeployed).toBe(1);
    expect(lead.days.min).toBeCloseTo(2.45 / 3, 10);
    expect(lead.days.max).toBeCloseTo(4.2 / 3, 10);
  });

  it('cannot say when no deploying stream carries a requirement', () => {
    const lead = metricsOf(plan, [stream('k', { kind: 'daily' }, ['knowledge'], ['a'])]).leadTime
      .streams;
    expect(lead).toEqual({
      known: false,
      reason:
        'No stream with the Release and Deployment Management role carries a functional requirement.',
      notDeployed: 4,
    });
  });
});

describe('ids from files', () => {
  it('treats "constructor" and "__proto__" as ordinary item ids', () => {
    const plan = makePlan([
      delivery('d1', '2027-06-28', [fr('constructor'), fr('__proto__'), fr('toString')]),
      delivery('d2', '2027-07-05', [fr('hasOwnProperty')]),
    ]);
    const streams = [
      stream(
        '__proto__',
        { kind: 'daily' },
        ['release-deployment'],
        ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'constructor', 'missing'],
      ),
    ];
    const metrics = metricsOf(plan, streams);
    const lead = metrics.leadTime.streams;
    expect(lead).toMatchObject({ known: true, functionalRequirements: 4, notDeployed: 0 });
    // Duplicated and unknown source ids count once and not at all: 4 items over 6 runs
    // (Mon 2027-06-28 .. Mon 2027-07-05: 6 working days).
    expect(metrics.meanBatchSize.streams).toEqual({ min: 4 / 6, max: 4 / 6 });
  });

  it('refuses a DORA year it has no table for', () => {
    const plan = makePlan([delivery('d1', '2027-06-28', [])]);
    const options = JSON.parse('{"doraYear": 2022}') as { doraYear: 2021 };
    expect(computePlanMetrics(plan, [], options)).toEqual({
      ok: false,
      reason: 'There is no DORA table for 2022: use 2021 or 2023.',
    });
  });
});
