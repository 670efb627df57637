import { describe, expect, it } from 'vitest';
import {
  classifyDeploymentFrequency,
  computePlanMetrics,
  type DoraReportYear,
  type PlanMetrics,
} from '../../../../core/metrics';
import type { Plan, Stream } from '../../../../core/plan/schema';
import { delivery, fr, hw, makePlan, nfr, stream } from './plan-builders';

function metricsOf(plan: Plan, streams: Stream[], doraYear?: DoraReportYear): PlanMetrics {
  const result = computePlanMetrics(plan, streams, doraYear ? { doraYear } : {});
  if (!result.ok) throw new Error(result.reason);
  return result.metrics;
}

const MONTHLY = 7 / 30.44;
const HALF_YEARLY = 7 / 182.6;
const bandOf = (perWeek: number, year: DoraReportYear) =>
  classifyDeploymentFrequency(perWeek, year).band;

describe('DORA deployment-frequency bands', () => {
  it.each<[number, DoraReportYear, string]>([
    [10, 2023, 'elite'],
    [9.99, 2023, 'high'],
    [5, 2023, 'high'],
    [1, 2023, 'high'],
    [0.99, 2023, 'medium'],
    [MONTHLY, 2023, 'medium'],
    [MONTHLY - 0.001, 2023, 'low'],
    [0, 2023, 'low'],
    [10, 2021, 'elite'],
    [9.99, 2021, 'high'],
    [5, 2021, 'high'],
    [1, 2021, 'high'],
    [MONTHLY, 2021, 'high'],
    [MONTHLY - 0.001, 2021, 'medium'],
    [HALF_YEARLY, 2021, 'medium'],
    [HALF_YEARLY - 0.001, 2021, 'low'],
    [0, 2021, 'low'],
  ])('%f a week is %s… in %i', (perWeek, year, expected) => {
    expect(bandOf(perWeek, year)).toBe(expected);
  });

  it('gives the table wording, and notes the 2021 gap between daily and weekly', () => {
    expect(classifyDeploymentFrequency(3, 2021)).toEqual({
      band: 'high',
      wording: 'between once a week and once a month',
      year: 2021,
      perWeek: 3,
      note: 'The 2021 table has no band between daily and weekly deployments; counted as high.',
    });
    expect(classifyDeploymentFrequency(1, 2021).note).toBeUndefined();
    expect(classifyDeploymentFrequency(3, 2023)).toEqual({
      band: 'high',
      wording: 'between once a day and once a week',
      year: 2023,
      perWeek: 3,
    });
  });

  it('projects two deliveries a year as low in 2023 and a daily stream as high, not elite', () => {
    // 2027-01-01 is a Friday; 365 days = 52 weeks + 1 day (Fri 2027-12-31): 261 working days.
    // The code stream runs from the first go-live (01-01) to the last (12-31): every one.
    // Packaged: 2 × 7 / 365 = 0.0384 a week. Streams: 261 × 7 / 365 = 5.005 a week.
    const plan = makePlan(
      [delivery('d1', '2027-01-01', [fr('a')]), delivery('d2', '2027-12-31', [fr('b')])],
      { start: '2027-01-01', end: '2027-12-31' },
    );
    const streams = [stream('code', { kind: 'daily' }, ['release-deployment'], ['a', 'b'])];
    const in2023 = metricsOf(plan, streams, 2023);
    expect(in2023.deploymentsPerWeek.packaged.min).toBeCloseTo(14 / 365, 10);
    expect(in2023.doraBand.packaged.band).toBe('low');
    expect(in2023.deploymentsPerWeek.streams.min).toBeCloseTo((261 * 7) / 365, 10);
    expect(in2023.doraBand.streams.band).toBe('high');
    // 2021: 0.03836 ≥ 7 / 182.6 = 0.03834 (twice a year is just "once every 6 months").
    const in2021 = metricsOf(plan, streams, 2021);
    expect(in2021.doraBand.packaged.band).toBe('medium');
    expect(in2021.doraBand.streams.band).toBe('high');
  });

  it('reads a range at its low end: hardware 1–3 deliveries a week is not elite', () => {
    // One week Mon 2027-06-28 – Sun 07-04; as-required with 1 date and 3 items: 1..3 a week.
    const plan = makePlan([delivery('d1', '2027-06-30', [hw('h1'), hw('h2'), hw('h3')])], {
      start: '2027-06-28',
      end: '2027-07-04',
    });
    const streams = [
      stream('hw', { kind: 'asRequired' }, ['release-deployment'], ['h1', 'h2', 'h3']),
    ];
    const metrics = metricsOf(plan, streams);
    expect(metrics.deploymentsPerWeek.streams).toEqual({ min: 1, max: 3 });
    expect(metrics.doraBand.streams).toMatchObject({ band: 'high', perWeek: 1 });
  });
});

describe('approvals by a change authority', () => {
  // One week, Mon 2027-06-28 – Sun 2027-07-04: 5 working days, 7 days. Go-lives on Monday
  // and Friday, so a stream carrying items of both runs all week.
  const plan = makePlan(
    [
      delivery('d1', '2027-06-28', [fr('a'), nfr('n', 80)]),
      delivery('d2', '2027-07-02', [fr('b'), nfr('n2', 90), hw('h', 2)]),
    ],
    { start: '2027-06-28', end: '2027-07-04' },
  );

  it('counts a stream without an approval model as going to a change authority', () => {
    const streams = [
      stream('code', { kind: 'daily' }, ['release-deployment'], ['a', 'b'], 'none'),
      stream('docs', { kind: 'everyNDays', n: 5 }, [], ['a']),
    ];
    const metrics = metricsOf(plan, streams);
    // code: 5 runs a week, unapproved → change authority; docs: 1 run (a's day), pre-authorised.
    expect(metrics.streams.map((s) => s.needsChangeAuthority)).toEqual([true, false]);
    expect(metrics.changeAuthorityApprovalsPerWeek.streams).toEqual({ min: 5, max: 5 });
    // Share of the 6 release events: 5 / 6.
    expect(metrics.changeAuthorityShare.streams?.min).toBeCloseTo(5 / 6, 10);
    expect(metrics.changeAuthorityShare.streams?.max).toBeCloseTo(5 / 6, 10);
    // Packaged: both deliveries go to the change authority: 2 a week, 100%.
    expect(metrics.changeAuthorityApprovalsPerWeek.packaged).toEqual({ min: 2, max: 2 });
    expect(metrics.changeAuthorityShare.packaged).toEqual({ min: 1, max: 1 });
  });

  it('counts every change-authority stream per week, but only release streams in the share', () => {
    const streams = [
      stream('code', { kind: 'daily' }, ['release-deployment'], ['a', 'b']),
      // Acceptance tests are not release events, but without an approval model their runs
      // still count as approvals (conservative): 1–2 a week.
      stream('oat', { kind: 'timesPerWeek', min: 1, max: 2 }, [], ['n', 'n2'], 'none'),
      stream('hw', { kind: 'asRequired' }, ['release-deployment'], ['h'], {
        mode: 'changeAuthority',
        authority: 'CAB',
      }),
    ];
    const metrics = metricsOf(plan, streams);
    // oat 1..2 + hw 1..1 (one item, one date) = 2..3 a week.
    expect(metrics.changeAuthorityApprovalsPerWeek.streams).toEqual({ min: 2, max: 3 });
    // Release events: code 5 + hw 1 = 6, of which hw's 1 needs the CAB.
    expect(metrics.releaseEvents.streams).toEqual({ min: 6, max: 6 });
    expect(metrics.changeAuthorityShare.streams?.min).toBeCloseTo(1 / 6, 10);
  });

  it('has no share when no release event happens', () => {
    const weekend = makePlan([delivery('d1', '2027-07-03', [fr('a')])], {
      start: '2027-07-03',
      end: '2027-07-04',
    });
    const metrics = metricsOf(weekend, [stream('code', { kind: 'daily' }, [], ['a'])]);
    expect(metrics.releaseEvents.streams).toEqual({ min: 0, max: 0 });
    expect(metrics.changeAuthorityShare.streams).toBeNull();
  });
});
