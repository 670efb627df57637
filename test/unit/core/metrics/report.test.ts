import { describe, expect, it } from 'vitest';
import {
  computePlanMetrics,
  formatFigure,
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

describe('formatMetricsReport', () => {
  it('prints the seed comparison as a table with the horizon and DORA year', () => {
    expect(formatMetricsReport(metricsOf(loadSeedPlan(), seedStreams()))).toBe(
      [
        'Horizon 2027-06-30 to 2027-12-15: 169 days (24.1 weeks), from the first delivery to the end of the last early life support. DORA deployment-frequency bands from the 2023 report.',
        '',
        'Figure                                            | Packaged                     | Streams',
        '--------------------------------------------------+------------------------------+-----------------------------------------',
        'Release events (count)                            | 2                            | 167–170',
        'Mean batch size (items per release event)         | 13.5                         | 0.15',
        'Mean lead time of a functional requirement (days) | 76.5                         | 0.7',
        'Deployments per week                              | 0.083                        | 4.64–4.76',
        'DORA deployment frequency (2023 report)           | low: fewer than once a month | high: between once a day and once a week',
        'Approvals by a change authority per week          | 0.083                        | 0.083–0.21',
        'Release events needing a change authority (%)     | 100                          | 1.2–2.94',
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
