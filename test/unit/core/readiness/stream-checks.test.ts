import { describe, expect, it } from 'vitest';
import { findingsOf, readyPlan, seedPlanWithStreams, streamOf } from './plans';

describe('stream-design-empty', () => {
  it('fires for a design with no streams', () => {
    const plan = readyPlan();
    plan.streamDesign = { streams: [] };
    expect(findingsOf(plan, 'stream-design-empty')).toEqual([
      {
        severity: 'warning',
        path: 'streamDesign.streams',
        message:
          'The stream design has no streams, so no item of the packaged plan is carried into it.',
      },
    ]);
    // One finding for the whole design, not one per item.
    expect(findingsOf(plan, 'unmapped-item')).toEqual([]);
  });

  it('stays quiet with streams, or with no design at all', () => {
    expect(findingsOf(readyPlan(), 'stream-design-empty')).toEqual([]);
    const plan = readyPlan();
    delete plan.streamDesign;
    expect(findingsOf(plan, 'stream-design-empty')).toEqual([]);
  });
});

describe('stream-without-roles', () => {
  it('is an error: no process owns the stream', () => {
    const plan = readyPlan();
    streamOf(plan, 'acceptance').roles = [];
    expect(findingsOf(plan, 'stream-without-roles')).toEqual([
      {
        severity: 'error',
        path: 'streamDesign.streams[2].roles',
        message: 'Stream "Acceptance" has no roles, so no ITIL process or function owns it.',
      },
    ]);
  });

  it('stays quiet for the seed design', () => {
    expect(findingsOf(seedPlanWithStreams(), 'stream-without-roles')).toEqual([]);
  });
});

describe('unknown-role', () => {
  it('names a role that is neither ITIL nor the plan’s own, including "constructor"', () => {
    const plan = readyPlan();
    streamOf(plan, 'els').roles = ['csi', 'constructor', 'Service Owner'];
    expect(findingsOf(plan, 'unknown-role')).toEqual([
      {
        severity: 'error',
        path: 'streamDesign.streams[4].roles[1]',
        message:
          'Stream "ELS & CSI" names role "constructor", which is neither an ITIL role nor one of the plan\'s own roles.',
      },
      {
        severity: 'error',
        path: 'streamDesign.streams[4].roles[2]',
        message:
          'Stream "ELS & CSI" names role "Service Owner", which is neither an ITIL role nor one of the plan\'s own roles.',
      },
    ]);
  });

  it('accepts the plan’s custom roles', () => {
    const plan = readyPlan();
    plan.customRoles = [{ id: 'sre', abbreviation: 'SRE', name: 'Site reliability engineering' }];
    streamOf(plan, 'code').roles.push('sre');
    expect(findingsOf(plan, 'unknown-role')).toEqual([]);
  });
});

describe('stale-source-item', () => {
  it('is an error for a trace to an item that no longer exists', () => {
    const plan = readyPlan();
    streamOf(plan, 'hardware').sourceItemIds.push('hw-gone');
    expect(findingsOf(plan, 'stale-source-item')).toEqual([
      {
        severity: 'error',
        path: 'streamDesign.streams[3].sourceItemIds[1]',
        message:
          'Stream "Hardware" traces to item "hw-gone", which is no longer in the packaged plan.',
      },
    ]);
  });

  it('stays quiet when every trace resolves', () => {
    expect(findingsOf(seedPlanWithStreams(), 'stale-source-item')).toEqual([]);
  });
});

describe('stream-carries-nothing', () => {
  it('fires for a stream with no items, or only stale ones', () => {
    const plan = readyPlan();
    plan.streamDesign?.streams.push({
      id: 'extra',
      name: 'Extra',
      cadence: { kind: 'asRequired' },
      roles: ['change'],
      sourceItemIds: ['gone'],
      approval: { mode: 'changeAuthority', authority: 'Change manager' },
    });
    expect(findingsOf(plan, 'stream-carries-nothing')).toEqual([
      {
        severity: 'warning',
        path: 'streamDesign.streams[5].sourceItemIds',
        message: 'Stream "Extra" carries no item of the packaged plan.',
      },
    ]);
  });

  it('stays quiet when the stream carries something', () => {
    expect(findingsOf(seedPlanWithStreams(), 'stream-carries-nothing')).toEqual([]);
  });
});
