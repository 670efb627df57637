import { describe, expect, it } from 'vitest';
import { findingsOf, firstDelivery, readyPlan, seedPlan, withoutItem } from './plans';

describe('delivery-without-els', () => {
  it('names a delivery with no early life support item', () => {
    expect(findingsOf(withoutItem(seedPlan(), 'els-2'), 'delivery-without-els')).toEqual([
      {
        severity: 'warning',
        path: 'packagedPlan.deliveries[1]',
        message: 'Delivery "Delivery 2" has no early life support after go-live.',
      },
    ]);
  });

  it('stays quiet when every delivery has ELS, and leaves empty deliveries to empty-delivery', () => {
    expect(findingsOf(seedPlan(), 'delivery-without-els')).toEqual([]);
    const plan = readyPlan();
    firstDelivery(plan).items = [];
    expect(findingsOf(plan, 'delivery-without-els')).toEqual([]);
  });
});

describe('delivery-without-els: nothing in service to support', () => {
  it('stays quiet for an infrastructure-only delivery', () => {
    const plan = readyPlan();
    firstDelivery(plan).items = [{ id: 'hw', kind: 'infrastructure', title: 'Web server' }];
    expect(findingsOf(plan, 'delivery-without-els')).toEqual([]);
  });

  it('stays quiet for a delivery that decommissions the old service', () => {
    const plan = readyPlan();
    firstDelivery(plan).items = [
      { id: 'off', kind: 'functional', title: 'Switch off the old portal', nature: 'decommission' },
      { id: 'rack', kind: 'infrastructure', title: 'Old racks removed', nature: 'decommission' },
    ];
    expect(findingsOf(plan, 'delivery-without-els')).toEqual([]);
  });

  it('still speaks when a non-functional change goes live without ELS', () => {
    const plan = readyPlan();
    firstDelivery(plan).items = [
      { id: 'nfr', kind: 'nonFunctional', title: 'Response time', targetPercent: 100 },
    ];
    expect(findingsOf(plan, 'delivery-without-els')).toHaveLength(1);
  });
});

describe('els-zero-days', () => {
  it('points at an ELS of 0 days', () => {
    const plan = readyPlan();
    const els = firstDelivery(plan).items[6];
    if (els?.kind !== 'earlyLifeSupport') throw new Error('fixture changed');
    els.days = 0;
    expect(findingsOf(plan, 'els-zero-days')).toEqual([
      {
        severity: 'warning',
        path: 'packagedPlan.deliveries[0].items[6].days',
        message:
          'Early life support "Early life support" of Delivery "Release 1" lasts 0 days, so support drops to normal levels at go-live.',
      },
    ]);
    // It has an ELS item, however short: the other check stays quiet.
    expect(findingsOf(plan, 'delivery-without-els')).toEqual([]);
  });

  it('stays quiet for one day or more', () => {
    const plan = readyPlan();
    const els = firstDelivery(plan).items[6];
    if (els?.kind !== 'earlyLifeSupport') throw new Error('fixture changed');
    els.days = 1;
    expect(findingsOf(plan, 'els-zero-days')).toEqual([]);
  });
});
