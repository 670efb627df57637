import { describe, expect, it } from 'vitest';
import { checkReadiness } from '../../../../core/readiness';
import { findingsOf, firstDelivery, seedPlan } from './plans';

describe('delivery-date-past', () => {
  it('names deliveries before options.today', () => {
    expect(findingsOf(seedPlan(), 'delivery-date-past', { today: '2027-07-01' })).toEqual([
      {
        severity: 'warning',
        path: 'packagedPlan.deliveries[0].date',
        message:
          'Delivery "Delivery 1" was due to go live on 2027-06-30, before today (2027-07-01).',
      },
    ]);
  });

  it('groups every past delivery into one finding with the count and the list', () => {
    expect(findingsOf(seedPlan(), 'delivery-date-past', { today: '2028-01-04' })).toEqual([
      {
        severity: 'warning',
        path: 'packagedPlan.deliveries[0].date',
        message:
          '2 deliveries were due to go live before today (2028-01-04): move their dates or record that they went live.',
        count: 2,
        members: [
          {
            path: 'packagedPlan.deliveries[0].date',
            subject: 'Delivery "Delivery 1" (2027-06-30)',
          },
          {
            path: 'packagedPlan.deliveries[1].date',
            subject: 'Delivery "Delivery 2" (2027-11-30)',
          },
        ],
      },
    ]);
  });

  it('stays quiet for today itself, and without a today (no check reads the clock)', () => {
    expect(findingsOf(seedPlan(), 'delivery-date-past', { today: '2027-06-30' })).toEqual([]);
    const plan = seedPlan();
    firstDelivery(plan).date = '1999-01-01';
    expect(findingsOf(plan, 'delivery-date-past')).toEqual([]);
  });

  it('refuses a today that is not a real YYYY-MM-DD date', () => {
    expect(() => checkReadiness(seedPlan(), { today: '2027-02-30' })).toThrow(RangeError);
    expect(() => checkReadiness(seedPlan(), { today: '30/06/2027' })).toThrow(/YYYY-MM-DD/);
  });
});

describe('delivery-outside-horizon', () => {
  it('names deliveries before the start or after the end of an explicit horizon', () => {
    const plan = seedPlan();
    plan.strategy.horizon = { start: '2027-07-01', end: '2027-12-31' };
    expect(findingsOf(plan, 'delivery-outside-horizon')).toEqual([
      {
        severity: 'warning',
        path: 'packagedPlan.deliveries[0].date',
        message:
          'Delivery "Delivery 1" goes live on 2027-06-30, outside the strategy\'s horizon (2027-07-01 to 2027-12-31), so metrics leave it out.',
      },
    ]);
    plan.strategy.horizon = { start: '2027-01-01', end: '2027-11-29' };
    expect(findingsOf(plan, 'delivery-outside-horizon').map((f) => f.path)).toEqual([
      'packagedPlan.deliveries[1].date',
    ]);
  });

  it('stays quiet without a horizon, or with deliveries on its first and last day', () => {
    expect(findingsOf(seedPlan(), 'delivery-outside-horizon')).toEqual([]);
    const plan = seedPlan();
    plan.strategy.horizon = { start: '2027-06-30', end: '2027-11-30' };
    expect(findingsOf(plan, 'delivery-outside-horizon')).toEqual([]);
  });
});

describe('els-beyond-horizon', () => {
  it('notes an ELS that runs past the horizon end', () => {
    const plan = seedPlan();
    plan.strategy.horizon = { start: '2027-01-01', end: '2027-12-10' };
    expect(findingsOf(plan, 'els-beyond-horizon')).toEqual([
      {
        severity: 'info',
        path: 'packagedPlan.deliveries[1].items[12].days',
        message:
          'Early life support "Early life support" of Delivery "Delivery 2" runs until 2027-12-15, past the end of the strategy\'s horizon (2027-12-10).',
      },
    ]);
  });

  it('stays quiet when the horizon ends on the last day of ELS', () => {
    const plan = seedPlan();
    plan.strategy.horizon = { start: '2027-01-01', end: '2027-12-15' };
    expect(findingsOf(plan, 'els-beyond-horizon')).toEqual([]);
  });
});
