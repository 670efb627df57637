import { describe, expect, it } from 'vitest';
import { computePlanMetrics, type PlanMetrics } from '../../../../core/metrics';
import type { Plan } from '../../../../core/plan/schema';
import { schedulePlan, YEAR_END_FREEZE } from '../schedule/schedule-plans';

function metricsOf(plan: Plan): PlanMetrics {
  const result = computePlanMetrics(plan, plan.streamDesign?.streams ?? []);
  if (!result.ok) throw new Error(result.reason);
  return result.metrics;
}

const runsOf = (metrics: PlanMetrics, id: string) =>
  metrics.streams.find((figures) => figures.streamId === id)?.occurrences;

describe('metrics count the runs the schedule really makes', () => {
  // Horizon: 2027-12-01 (d1) to 2028-01-22 (d2 2028-01-12 + 10 days ELS). The code stream runs
  // from 12-01 to 01-12: 43 days, 6 weeks + 1 day (Wed 01-12): 31 working days.
  const plain = metricsOf(schedulePlan());
  const frozen = metricsOf(schedulePlan(YEAR_END_FREEZE));

  it('counts the code stream between its first and last go-live only', () => {
    expect(plain.horizon).toMatchObject({ start: '2027-12-01', end: '2028-01-22' });
    expect(runsOf(plain, 'code')).toEqual({ min: 31, max: 31 });
  });

  it('drops the working days of a year-end freeze from the run count', () => {
    // 12-20..12-24, 12-27..12-31 and Mon 01-03: 11 working days frozen.
    expect(runsOf(frozen, 'code')).toEqual({ min: 20, max: 20 });
    // hw-2 is due 12-22, inside the freeze: only hw-1 (12-04) is delivered in a run.
    expect(runsOf(frozen, 'hardware')).toEqual({ min: 1, max: 1 });
    expect(frozen.changeAuthorityApprovalsPerWeek.streams.max).toBeLessThan(
      plain.changeAuthorityApprovalsPerWeek.streams.max,
    );
  });

  it('lengthens the lead time when a freeze stretches the gap between runs', () => {
    // Without the freeze: 31 runs from 12-01 to 01-12 (42 days), a mean gap of 42 / 30; with it,
    // 20 runs over the same 42 days: 42 / 19. A requirement waits half of that.
    const plainLead = plain.leadTime.streams;
    const frozenLead = frozen.leadTime.streams;
    if (!plainLead.known || !frozenLead.known) throw new Error('the code stream deploys');
    expect(plainLead.days.min).toBeCloseTo(42 / 30 / 2, 10);
    expect(frozenLead.days.min).toBeCloseTo(42 / 19 / 2, 10);
  });
});
