import { describe, expect, it } from 'vitest';
import type { Delivery } from '../../../../core/plan/schema';
import { findingsOf, readyPlan, seedPlan } from './plans';

function delivery(id: string, date: string): Delivery {
  return {
    id,
    name: `Release ${id}`,
    date,
    items: [{ id: `${id}-els`, kind: 'earlyLifeSupport', title: 'ELS', days: 5 }],
  };
}

describe('no-deliveries', () => {
  it('fires for a packaged plan with no deliveries', () => {
    const plan = readyPlan();
    plan.packagedPlan.deliveries = [];
    delete plan.streamDesign;
    expect(findingsOf(plan, 'no-deliveries')).toEqual([
      {
        severity: 'warning',
        path: 'packagedPlan.deliveries',
        message: 'The packaged plan has no deliveries, so nothing is scheduled to go live.',
      },
    ]);
  });

  it('stays quiet when there is at least one', () => {
    expect(findingsOf(readyPlan(), 'no-deliveries')).toEqual([]);
  });
});

describe('empty-delivery', () => {
  it('names a delivery with no items', () => {
    const plan = readyPlan();
    plan.packagedPlan.deliveries.push({ id: 'd2', name: 'Hotfix', date: '2027-04-01', items: [] });
    expect(findingsOf(plan, 'empty-delivery')).toEqual([
      {
        severity: 'warning',
        path: 'packagedPlan.deliveries[1].items',
        message: 'Delivery "Hotfix" has no items, so it releases nothing.',
      },
    ]);
  });

  it('stays quiet for deliveries with items', () => {
    expect(findingsOf(seedPlan(), 'empty-delivery')).toEqual([]);
  });
});

describe('same-day-deliveries', () => {
  it('names the second delivery on a date, once per extra delivery', () => {
    const plan = readyPlan();
    plan.packagedPlan.deliveries.push(delivery('b', '2027-03-15'), delivery('c', '2027-03-15'));
    expect(findingsOf(plan, 'same-day-deliveries')).toEqual([
      {
        severity: 'warning',
        path: 'packagedPlan.deliveries[1].date',
        message:
          'Delivery "Release b" goes live on 2027-03-15, the same day as Delivery "Release 1".',
      },
      {
        severity: 'warning',
        path: 'packagedPlan.deliveries[2].date',
        message:
          'Delivery "Release c" goes live on 2027-03-15, the same day as Delivery "Release 1".',
      },
    ]);
  });

  it('stays quiet for different dates', () => {
    expect(findingsOf(seedPlan(), 'same-day-deliveries')).toEqual([]);
  });
});

describe('deliveries-out-of-order', () => {
  it('names each delivery listed after a later one', () => {
    const plan = readyPlan();
    plan.packagedPlan.deliveries.push(delivery('b', '2027-01-10'), delivery('c', '2027-02-10'));
    expect(findingsOf(plan, 'deliveries-out-of-order')).toEqual([
      {
        severity: 'info',
        path: 'packagedPlan.deliveries[1].date',
        message:
          'Delivery "Release b" (2027-01-10) is listed after Delivery "Release 1" (2027-03-15) but goes live before it.',
      },
      {
        severity: 'info',
        path: 'packagedPlan.deliveries[2].date',
        message:
          'Delivery "Release c" (2027-02-10) is listed after Delivery "Release 1" (2027-03-15) but goes live before it.',
      },
    ]);
  });

  it('stays quiet for deliveries in date order, same days included', () => {
    const plan = readyPlan();
    plan.packagedPlan.deliveries.push(delivery('b', '2027-03-15'), delivery('c', '2027-05-01'));
    expect(findingsOf(plan, 'deliveries-out-of-order')).toEqual([]);
  });
});
