import { describe, expect, it } from 'vitest';
import { findingsOf, readyPlan, seedPlan } from './plans';

describe('service-owner-missing', () => {
  it('fires when the service has no owner, or a blank one', () => {
    const plan = readyPlan();
    delete plan.service.owner;
    const expected = [
      {
        severity: 'warning',
        path: 'service.owner',
        message:
          'Service "Orders" has no owner to agree the exit from early life support and to own its continual improvement.',
      },
    ];
    expect(findingsOf(plan, 'service-owner-missing')).toEqual(expected);
    plan.service.owner = '   ';
    expect(findingsOf(plan, 'service-owner-missing')).toEqual(expected);
  });

  it('stays quiet when the service has an owner', () => {
    expect(findingsOf(seedPlan(), 'service-owner-missing')).toEqual([]);
  });
});

describe('streams-approach-without-design', () => {
  it('notes a streams or hybrid strategy with no stream design yet', () => {
    const plan = readyPlan();
    delete plan.streamDesign;
    plan.strategy.approach = 'hybrid';
    expect(findingsOf(plan, 'streams-approach-without-design')).toEqual([
      {
        severity: 'info',
        path: 'streamDesign',
        message:
          'The strategy takes a hybrid approach but the plan has no stream design yet; convert the packaged plan into streams.',
      },
    ]);
  });

  it('stays quiet for a packaged strategy, or once there is a design', () => {
    expect(findingsOf(seedPlan(), 'streams-approach-without-design')).toEqual([]);
    expect(findingsOf(readyPlan(), 'streams-approach-without-design')).toEqual([]);
  });
});
