import { describe, expect, it } from 'vitest';
import { checkReadiness, summariseFindings } from '../../../../core/readiness';
import { convertToStreams } from '../../../../core/conversion/convert';
import { seedPlan, seedPlanWithStreams } from './plans';

const nfrAt90 = {
  check: 'non-functional-target-unmet',
  severity: 'warning',
  path: 'packagedPlan.deliveries[1].items[5].targetPercent',
  message:
    '3 non-functional requirements meet only 90% of their targets at Delivery "Delivery 2", the last delivery with non-functional requirements.',
  count: 3,
  members: ['x', 'y', 'z'].map((name, i) => ({
    path: `packagedPlan.deliveries[1].items[${String(5 + i)}].targetPercent`,
    subject: `Non-functional requirement "Non-functional requirement ${name}"`,
  })),
};

const delivery2NotBriefed = {
  check: 'ops-not-briefed',
  severity: 'warning',
  path: 'packagedPlan.deliveries[1]',
  message:
    'Delivery "Delivery 2" changes functionality, service levels and infrastructure but has no ops briefing before go-live.',
};

describe('the article’s seed plan', () => {
  it('converted: the code stream keeps its rule’s roles, so no note blames the rule', () => {
    const converted = convertToStreams(seedPlan()).plan;
    expect(checkReadiness(converted)).toEqual([delivery2NotBriefed, nfrAt90]);
  });

  it('with the article’s design written by hand: the code stream’s gate has no SV&T owner', () => {
    expect(checkReadiness(seedPlanWithStreams()).map((f) => f.check)).toEqual([
      'ops-not-briefed',
      'non-functional-target-unmet',
      'pre-authorised-without-validation',
    ]);
  });

  it('notes a converted pre-authorised stream whose owners were changed by hand', () => {
    const plan = convertToStreams(seedPlan()).plan;
    const code = plan.streamDesign?.streams[0];
    if (!code) throw new Error('fixture changed');
    code.roles = ['release-deployment'];
    expect(checkReadiness(plan).filter((f) => f.severity === 'info')).toEqual([
      {
        check: 'pre-authorised-without-validation',
        severity: 'info',
        path: 'streamDesign.streams[0].roles',
        message:
          'Stream "Code objects checked in, tested & deployed" is pre-authorised through "Automated build and integration tests" but Service Validation and Testing is not among its roles, so nobody owns that gate.',
      },
    ]);
  });

  it('before conversion', () => {
    expect(checkReadiness(seedPlan())).toEqual([delivery2NotBriefed, nfrAt90]);
  });

  it('with a design whose streams lost their approval models and owners', () => {
    const plan = seedPlanWithStreams();
    for (const stream of plan.streamDesign?.streams ?? []) delete stream.approval;
    const first = plan.streamDesign?.streams[0];
    if (first) first.roles = [];
    const findings = checkReadiness(plan);
    // The code stream's SV&T warning goes with its approval model: nothing is pre-authorised now.
    expect(summariseFindings(findings)).toEqual({ error: 1, warning: 3, info: 0 });
    expect(findings[0]?.check).toBe('stream-without-roles');
    // Five streams without an approval model: one finding with the count, not five.
    const [withoutApproval] = findings.filter((f) => f.check === 'stream-without-approval');
    expect(withoutApproval?.message).toBe(
      '5 streams have no approval model: say whether their releases are pre-authorised or go to a change authority.',
    );
    expect(withoutApproval?.members?.map((member) => member.path)).toEqual(
      [0, 1, 2, 3, 4].map((s) => `streamDesign.streams[${String(s)}].approval`),
    );
  });
});
