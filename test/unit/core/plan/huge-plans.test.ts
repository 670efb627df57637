import { describe, expect, it } from 'vitest';
import { planWithDeliveries } from '../../../../bench/large-plans';
import { MAX_PROBLEMS_KEPT } from '../../../../core/plan/bounded-check';
import { parsePlanData } from '../../../../core/plan/parse';
import { validatePlanData } from '../../../../core/plan/references';

/** A plan whose one delivery holds `n` items, made by `item`. */
function planOfItems(n: number, item: (i: number) => unknown): unknown {
  const plan = planWithDeliveries(1, 0);
  const delivery = plan.packagedPlan.deliveries[0];
  if (delivery) delivery.items = Array.from({ length: n }, (_, i) => item(i)) as never;
  return plan;
}

describe('plans with more entries than zod can report on at once', () => {
  it('answers 130,000 invalid items with the first problems and their count, not a stack overflow', () => {
    const plan = planOfItems(130_000, (i) => ({ id: `x${String(i)}`, kind: 'functional' }));
    const result = validatePlanData(plan);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(MAX_PROBLEMS_KEPT);
    expect(result.totalProblems).toBe(130_000);
    expect(result.problems[0]).toEqual({
      path: 'packagedPlan.deliveries[0].items[0].title',
      message: 'is missing',
      place: 'Delivery "Delivery 1" › Item 1 › Title',
    });
    expect(result.problems[MAX_PROBLEMS_KEPT - 1]?.path).toBe(
      `packagedPlan.deliveries[0].items[${String(MAX_PROBLEMS_KEPT - 1)}].title`,
    );
  });

  it('finds the one bad item among 50,000 good ones, at its place in the list', () => {
    const plan = planOfItems(50_000, (i) =>
      i === 43_210
        ? { id: 'bad', kind: 'training', title: 'Late', leadWeeks: -1 }
        : { id: `x${String(i)}`, kind: 'document', title: 'Manual' },
    );
    const result = parsePlanData(plan);
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: 'packagedPlan.deliveries[0].items[43210].leadWeeks',
          message: 'must be 0 or more (found the number -1)',
          place: 'Delivery "Delivery 1" › Training "Late" › Training from, weeks before',
        },
      ],
    });
  });

  it('reads 200,000 valid items', () => {
    const plan = planOfItems(200_000, (i) => ({
      id: `x${String(i)}`,
      kind: 'functional',
      title: 'Feature',
    }));
    const result = parsePlanData(plan);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.plan.packagedPlan.deliveries[0]?.items).toHaveLength(200_000);
  });

  it('keeps a count of duplicate ids past the problems it lists', () => {
    const plan = planOfItems(5_000, () => ({ id: 'same', kind: 'document', title: 'Manual' }));
    const result = parsePlanData(plan);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(MAX_PROBLEMS_KEPT);
    expect(result.totalProblems).toBe(4_999);
  });
});
