import { describe, expect, it } from 'vitest';
import { findingsOf, firstDelivery, readyPlan, seedPlanWithStreams, streamOf } from './plans';

describe('unmapped-item', () => {
  it('names each item no stream carries', () => {
    const plan = readyPlan();
    streamOf(plan, 'knowledge').sourceItemIds = ['fr', 'doc', 'brief'];
    expect(findingsOf(plan, 'unmapped-item')).toEqual([
      {
        severity: 'warning',
        path: 'packagedPlan.deliveries[0].items[5]',
        message: 'Training "User training" of Delivery "Release 1" is carried by no stream.',
      },
    ]);
  });

  it('explains that no default rule maps items of kind "other"', () => {
    const plan = readyPlan();
    firstDelivery(plan).items.push({ id: 'x', kind: 'other', title: 'Data migration' });
    expect(findingsOf(plan, 'unmapped-item')).toEqual([
      {
        severity: 'warning',
        path: 'packagedPlan.deliveries[0].items[7]',
        message:
          'Item "Data migration" of Delivery "Release 1" is carried by no stream: no default rule maps items of kind "other", so add it to a stream by hand.',
      },
    ]);
  });

  it('gives one warning with the count and the list for five "other" items, not five', () => {
    const plan = readyPlan();
    const titles = ['Wave 1', 'Wave 2', 'Dress rehearsal', 'Parallel run', 'Old portal off'];
    firstDelivery(plan).items.push(
      ...titles.map((title, i) => ({ id: `o${String(i)}`, kind: 'other' as const, title })),
    );
    // A functional item in no stream says something else: it stays a finding of its own.
    streamOf(plan, 'knowledge').sourceItemIds = ['fr', 'doc', 'brief'];
    expect(findingsOf(plan, 'unmapped-item')).toEqual([
      {
        severity: 'warning',
        path: 'packagedPlan.deliveries[0].items[5]',
        message: 'Training "User training" of Delivery "Release 1" is carried by no stream.',
      },
      {
        severity: 'warning',
        path: 'packagedPlan.deliveries[0].items[7]',
        message:
          '5 items of kind "other" are carried by no stream: no default rule maps that kind, so add them to a stream by hand.',
        count: 5,
        members: titles.map((title, i) => ({
          path: `packagedPlan.deliveries[0].items[${String(7 + i)}]`,
          subject: `Item "${title}" of Delivery "Release 1"`,
        })),
      },
    ]);
  });

  it('stays quiet when every item is carried, and before conversion', () => {
    expect(findingsOf(seedPlanWithStreams(), 'unmapped-item')).toEqual([]);
    const plan = readyPlan();
    delete plan.streamDesign;
    expect(findingsOf(plan, 'unmapped-item')).toEqual([]);
  });
});

describe('infrastructure-without-hardware-stream', () => {
  it('fires when no stream carries any infrastructure item', () => {
    const plan = seedPlanWithStreams();
    plan.streamDesign?.streams.splice(3, 1);
    expect(findingsOf(plan, 'infrastructure-without-hardware-stream')).toEqual([
      {
        severity: 'warning',
        path: 'streamDesign.streams',
        message:
          'No stream carries any of the plan\'s 5 infrastructure items (first: Infrastructure "DB server"); add a hardware deliveries stream.',
      },
    ]);
  });

  it('stays quiet when one of them is carried', () => {
    const plan = seedPlanWithStreams();
    streamOf(plan, 'hardware').sourceItemIds = ['hw-lb'];
    expect(findingsOf(plan, 'infrastructure-without-hardware-stream')).toEqual([]);
    expect(findingsOf(plan, 'unmapped-item').map((f) => f.count)).toEqual([4]);
  });
});

describe('no-release-deployment-stream', () => {
  it('fires when deliverables exist but R&DM owns no stream', () => {
    const plan = readyPlan();
    streamOf(plan, 'code').roles = ['sacm', 'validation-testing'];
    streamOf(plan, 'hardware').roles = ['technical-management'];
    expect(findingsOf(plan, 'no-release-deployment-stream')).toEqual([
      {
        severity: 'warning',
        path: 'streamDesign.streams',
        message:
          'No stream is owned by Release and Deployment Management, yet the plan has deliverables to release.',
      },
    ]);
  });

  it('stays quiet when nothing is there to release', () => {
    const plan = readyPlan();
    streamOf(plan, 'code').roles = ['sacm', 'validation-testing'];
    streamOf(plan, 'hardware').roles = ['technical-management'];
    firstDelivery(plan).items = firstDelivery(plan).items.filter((item) =>
      ['nonFunctional', 'earlyLifeSupport'].includes(item.kind),
    );
    expect(findingsOf(plan, 'no-release-deployment-stream')).toEqual([]);
    expect(findingsOf(seedPlanWithStreams(), 'no-release-deployment-stream')).toEqual([]);
  });
});
