import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../../core/plan/schema';
import { findingsOf, firstDelivery, readyPlan, seedPlan } from './plans';

function setTarget(plan: Plan, delivery: number, item: number, percent: number): void {
  const found = plan.packagedPlan.deliveries[delivery]?.items[item];
  if (found?.kind !== 'nonFunctional') throw new Error('fixture changed');
  found.targetPercent = percent;
}

describe('non-functional-target-unmet', () => {
  it('names x, y and z at 90% in the seed plan’s Delivery 2', () => {
    expect(findingsOf(seedPlan(), 'non-functional-target-unmet')).toEqual([
      {
        severity: 'warning',
        path: 'packagedPlan.deliveries[1].items[5].targetPercent',
        message:
          '3 non-functional requirements meet only 90% of their targets at Delivery "Delivery 2", the last delivery with non-functional requirements.',
        count: 3,
        members: ['x', 'y', 'z'].map((name, i) => ({
          path: `packagedPlan.deliveries[1].items[${String(5 + i)}].targetPercent`,
          subject: `Non-functional requirement "Non-functional requirement ${name}"`,
        })),
      },
    ]);
  });

  it('keeps requirements with different shortfalls apart', () => {
    const plan = seedPlan();
    setTarget(plan, 1, 6, 80);
    expect(findingsOf(plan, 'non-functional-target-unmet').map((f) => f.message)).toEqual([
      '2 non-functional requirements meet only 90% of their targets at Delivery "Delivery 2", the last delivery with non-functional requirements.',
      'Non-functional requirement "Non-functional requirement y" meets only 80% of its targets at Delivery "Delivery 2", the last delivery with non-functional requirements.',
    ]);
  });

  it('judges only the last delivery with non-functional requirements', () => {
    const plan = seedPlan();
    for (const item of [5, 6, 7]) setTarget(plan, 1, item, 100);
    // Delivery 1 stays at 75%: an intermediate step, not what goes live for good.
    expect(findingsOf(plan, 'non-functional-target-unmet')).toEqual([]);
  });

  it('takes the last by date, not by position in the file', () => {
    const plan = seedPlan();
    const [first, second] = plan.packagedPlan.deliveries;
    if (!first || !second) throw new Error('fixture changed');
    plan.packagedPlan.deliveries = [second, first];
    first.date = '2027-12-15';
    const [grouped] = findingsOf(plan, 'non-functional-target-unmet');
    expect(grouped?.members?.map((member) => member.path)).toEqual([
      'packagedPlan.deliveries[1].items[6].targetPercent',
      'packagedPlan.deliveries[1].items[7].targetPercent',
      'packagedPlan.deliveries[1].items[8].targetPercent',
    ]);
  });

  it('stays quiet when targets are fully met or there are no non-functional requirements', () => {
    expect(findingsOf(readyPlan(), 'non-functional-target-unmet')).toEqual([]);
    const plan = readyPlan();
    firstDelivery(plan).items = firstDelivery(plan).items.filter(
      (item) => item.kind !== 'nonFunctional',
    );
    expect(findingsOf(plan, 'non-functional-target-unmet')).toEqual([]);
  });
});

describe('non-functional-target-regresses', () => {
  it('fires when a requirement meets fewer targets in a later delivery', () => {
    const plan = seedPlan();
    setTarget(plan, 1, 6, 60);
    expect(findingsOf(plan, 'non-functional-target-regresses')).toEqual([
      {
        severity: 'warning',
        path: 'packagedPlan.deliveries[1].items[6].targetPercent',
        message:
          'Non-functional requirement "Non-functional requirement y" falls from 75% of its targets at Delivery "Delivery 1" to 60% at Delivery "Delivery 2".',
      },
    ]);
  });

  it('stays quiet on the seed plan’s 75% to 90% path', () => {
    expect(findingsOf(seedPlan(), 'non-functional-target-regresses')).toEqual([]);
  });
});
