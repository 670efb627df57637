import { describe, expect, it } from 'vitest';
import { findingsOf, readyPlan, seedPlanWithStreams, streamOf } from './plans';

describe('stream-without-approval', () => {
  it('points at the missing approval model', () => {
    const plan = readyPlan();
    delete streamOf(plan, 'knowledge').approval;
    expect(findingsOf(plan, 'stream-without-approval')).toEqual([
      {
        severity: 'warning',
        path: 'streamDesign.streams[1].approval',
        message:
          'Stream "Knowledge" has no approval model: say whether its releases are pre-authorised or go to a change authority.',
      },
    ]);
  });

  it('stays quiet when every stream has one', () => {
    expect(findingsOf(seedPlanWithStreams(), 'stream-without-approval')).toEqual([]);
  });
});

describe('change-authority-too-frequent', () => {
  it('fires for a daily stream that goes to a change authority', () => {
    const plan = readyPlan();
    streamOf(plan, 'hardware').cadence = { kind: 'daily' };
    expect(findingsOf(plan, 'change-authority-too-frequent')).toEqual([
      {
        severity: 'warning',
        path: 'streamDesign.streams[3].approval',
        message:
          'Stream "Hardware" releases daily but goes to change authority "CAB", which cannot review that often; pre-authorise it as a standard change.',
      },
    ]);
  });

  it('fires for every other day, and for 4 or more times a week', () => {
    const plan = readyPlan();
    const hardware = streamOf(plan, 'hardware');
    hardware.cadence = { kind: 'everyNDays', n: 2 };
    expect(findingsOf(plan, 'change-authority-too-frequent')[0]?.message).toContain(
      'releases every other day',
    );
    hardware.cadence = { kind: 'timesPerWeek', min: 2, max: 4 };
    expect(findingsOf(plan, 'change-authority-too-frequent')[0]?.message).toContain(
      'releases 2–4 times a week',
    );
  });

  it('stays quiet for as required, every 3 days or up to 3 times a week', () => {
    const plan = readyPlan();
    const hardware = streamOf(plan, 'hardware');
    expect(findingsOf(plan, 'change-authority-too-frequent')).toEqual([]);
    hardware.cadence = { kind: 'everyNDays', n: 3 };
    expect(findingsOf(plan, 'change-authority-too-frequent')).toEqual([]);
    hardware.cadence = { kind: 'timesPerWeek', min: 1, max: 3 };
    expect(findingsOf(plan, 'change-authority-too-frequent')).toEqual([]);
  });
});

describe('pre-authorised-without-validation', () => {
  it('fires for the article’s code stream: an automated gate SV&T does not own', () => {
    expect(findingsOf(seedPlanWithStreams(), 'pre-authorised-without-validation')).toEqual([
      {
        severity: 'info',
        path: 'streamDesign.streams[0].roles',
        message:
          'Stream "Code objects checked in, tested & deployed" is pre-authorised through "Automated build and integration tests" but Service Validation and Testing is not among its roles, so nobody owns that gate.',
      },
    ]);
  });

  it('stays quiet when SV&T is a role, for a change authority, and for ELS & CSI streams', () => {
    const plan = readyPlan();
    expect(findingsOf(plan, 'pre-authorised-without-validation')).toEqual([]);
    // The ready plan's ELS & CSI stream is pre-authorised without SV&T: it releases nothing.
    expect(streamOf(plan, 'els').roles).not.toContain('validation-testing');
    streamOf(plan, 'hardware').roles = ['release-deployment'];
    expect(findingsOf(plan, 'pre-authorised-without-validation')).toEqual([]);
  });
});
