import { describe, expect, it } from 'vitest';
import {
  computePlanMetrics,
  formatFigure,
  formatRate,
  formatMetricsReport,
  formatRange,
  type PlanMetrics,
} from '../../../../core/metrics';
import type { Plan, Stream } from '../../../../core/plan/schema';
import { delivery, fr, makePlan, stream } from './plan-builders';
import { loadSeedPlan, seedStreams } from '../../../support/seed';

function metricsOf(plan: Plan, streams: Stream[], doraYear: 2021 | 2023 = 2023): PlanMetrics {
  const result = computePlanMetrics(plan, streams, { doraYear });
  if (!result.ok) throw new Error(result.reason);
  return result.metrics;
}

describe('formatFigure and formatRange', () => {
  it.each([
    [2, '2'],
    [184, '184'],
    [76.5, '76.5'],
    [123.456, '123'],
    [24.142857, '24.1'],
    [5.0947, '5.09'],
    [0.7000000001, '0.7'],
    [14 / 169, '0.083'],
    [25 / 187, '0.13'],
    [0.0001234, '0.00012'],
    [-0.0000000001, '0'],
    [0, '0'],
  ])('%f → %s', (value, expected) => {
    expect(formatFigure(value)).toBe(expected);
  });

  it('joins the ends with an en dash, once when they read the same', () => {
    expect(formatRange({ min: 184, max: 187 })).toBe('184–187');
    expect(formatRange({ min: 0.70000001, max: 0.7 })).toBe('0.7');
  });
});

describe('formatRate: figures a CAB reads without a calculator', () => {
  const WEEK = { one: 'week', many: 'weeks' };
  const RELEASE = { one: 'release', many: 'releases' };
  const ITEM = { one: 'item', many: 'items' };
  it.each([
    [{ min: 14 / 169, max: 14 / 169 }, '1 every 12 weeks'],
    [{ min: 0.083, max: 0.21 }, '1 every 5–12 weeks'],
    [{ min: 5.0947, max: 5.22 }, '5.09–5.22 a week'],
    [{ min: 1, max: 1 }, '1 a week'],
    [{ min: 0, max: 0.5 }, 'at most 1 every 2 weeks'],
    [{ min: 0, max: 0 }, 'none'],
  ])('%o a week → %s', (range, expected) => {
    expect(formatRate(range, WEEK)).toBe(expected);
  });

  it('turns a batch below one item into "1 item every N releases"', () => {
    expect(formatRate({ min: 0.086, max: 0.086 }, RELEASE, ITEM)).toBe('1 item every 12 releases');
    expect(formatRate({ min: 25 / 187, max: 25 / 184 }, RELEASE, ITEM)).toBe(
      '1 item every 7 releases',
    );
    expect(formatRate({ min: 13.5, max: 13.5 }, RELEASE, ITEM)).toBe('13.5 items a release');
    expect(formatRate({ min: 1, max: 1 }, RELEASE, ITEM)).toBe('1 item a release');
  });
});

describe('releases into production', () => {
  it('counts no run of a stream that only supports (ELS meetings are not releases)', () => {
    const plan = loadSeedPlan();
    const streams = seedStreams();
    const without = metricsOf(
      plan,
      streams.filter((s) => s.name !== 'ELS & Continual Service Improvement'),
    );
    const withEls = metricsOf(plan, streams);
    expect(withEls.releaseEvents.streams).toEqual(without.releaseEvents.streams);
    expect(withEls.meanBatchSize.streams).toEqual(without.meanBatchSize.streams);
  });
});

describe('formatMetricsReport', () => {
  it('prints the seed comparison as a table with the horizon and DORA year', () => {
    expect(formatMetricsReport(metricsOf(loadSeedPlan(), seedStreams()))).toBe(
      [
        'Horizon 2027-06-30 to 2027-12-15: 169 days (24.1 weeks), from the first delivery to the end of the last early life support. DORA deployment-frequency bands from the 2023 report.',
        '',
        'Figure                                            | Packaged                     | Streams',
        '--------------------------------------------------+------------------------------+-----------------------------------------',
        'Releases into production (count)                  | 2                            | 167–170',
        'Batch size (items a release, on average)          | 13.5 items a release         | 1 item every 7 releases',
        'Mean lead time of a functional requirement (days) | 76.5                         | 0.7',
        'Deployments                                       | 1 every 12 weeks             | 4.64–4.76 a week',
        'DORA deployment frequency (2023 report)           | low: fewer than once a month | high: between once a day and once a week',
        'Approvals by a change authority                   | 1 every 12 weeks             | 1 every 5–12 weeks',
        'Releases needing a change authority               | 100%                         | 1.2–2.94%',
        'Non-functional target path (% of targets met)     | 75 → 90                      | 75 → 90 as acceptance thresholds',
        'Operational acceptance test runs (count)          | —                            | 23–46',
        'Early life support (days)                         | 20 (5 + 15)                  | 169, continuous, merged with CSI',
        '',
      ].join('\n'),
    );
  });

  it('explains what it cannot compute, and names an explicit horizon', () => {
    const plan = makePlan([delivery('d1', '2027-06-30', [fr('a'), fr('b')])], {
      start: '2027-06-30',
      end: '2027-07-30',
    });
    const streams = [
      stream('code', { kind: 'daily' }, ['release-deployment'], ['a']),
      stream('docs', { kind: 'daily' }, [], ['b']),
    ];
    const report = formatMetricsReport(metricsOf(plan, streams, 2021));
    expect(report).toContain('31 days (4.43 weeks), set in the strategy.');
    expect(report).toContain('from the 2021 report');
    expect(report).toMatch(
      /Mean lead time of a functional requirement \(days\) \| n\/a +\| 0\.7\n/,
    );
    expect(report).toContain(
      '- Packaged lead time: There is only one delivery date and no earlier horizon start',
    );
    expect(report).toContain(
      "- 1 functional requirement is carried by no deploying stream and left out of the streams' lead time.",
    );
  });

  it('notes the 2021 table gap when a figure falls between daily and weekly', () => {
    const plan = makePlan(
      [delivery('d1', '2027-06-28', [fr('a')]), delivery('d2', '2027-07-02', [fr('b')])],
      { start: '2027-06-28', end: '2027-07-04' },
    );
    const streams = [
      stream('code', { kind: 'everyNDays', n: 2 }, ['release-deployment'], ['a', 'b']),
    ];
    // Go-lives Monday and Friday; working days Mon–Fri, every 2nd: 3 a week → 2021 high, with
    // the note.
    expect(formatMetricsReport(metricsOf(plan, streams, 2021))).toContain(
      '- Streams DORA band: The 2021 table has no band between daily and weekly deployments; counted as high.',
    );
  });
});
