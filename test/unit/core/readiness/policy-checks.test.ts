import { describe, expect, it } from 'vitest';
import { convertToStreams } from '../../../../core/conversion/convert';
import { findingsOf, readyPlan, seedPlanWithStreams, streamOf } from './plans';

describe('policy-contradiction', () => {
  it('flags a hand-made pre-authorised stream when the policy sends everything to the CAB', () => {
    const plan = readyPlan();
    plan.strategy.changeApproval = { everythingToCab: true };
    streamOf(plan, 'hardware').approval = { mode: 'preAuthorised', gate: 'Rack checklist' };
    const found = findingsOf(plan, 'policy-contradiction');
    expect(found.map((f) => f.path)).toContain('streamDesign.streams[3].approval');
    expect(found.every((f) => f.severity === 'error')).toBe(true);
    expect(found.find((f) => f.path === 'streamDesign.streams[3].approval')?.message).toBe(
      'Stream "Hardware" is pre-authorised through "Rack checklist", but the change policy sends every production change to the CAB.',
    );
  });

  it('is quiet once the plan is converted under that policy, and without a policy', () => {
    const plan = seedPlanWithStreams();
    expect(findingsOf(plan, 'policy-contradiction')).toEqual([]);
    plan.strategy.changeApproval = { everythingToCab: true };
    plan.streamDesign = { streams: [] };
    const converted = convertToStreams(plan).plan;
    expect(findingsOf(converted, 'policy-contradiction')).toEqual([]);
  });
});

describe('regulatory-approval', () => {
  it('flags a regulatory item no sign-off stream carries, and one that names nobody', () => {
    const plan = readyPlan();
    const items = plan.packagedPlan.deliveries[0]?.items ?? [];
    items.push({ id: 'dpia', kind: 'document', title: 'DPIA', nature: 'regulatory' });
    expect(findingsOf(plan, 'regulatory-approval').map((f) => f.message)).toEqual([
      'Regulatory item "DPIA" is in no stream that asks for a regulatory or compliance sign-off.',
    ]);
    const converted = convertToStreams(plan).plan;
    expect(findingsOf(converted, 'regulatory-approval').map((f) => f.message)).toEqual([
      'Regulatory item "DPIA" names nobody to sign it off (e.g. Data Protection Officer, Financial Controller).',
    ]);
  });
});

describe('training-lead-time', () => {
  it('warns about training more than 8 weeks before go-live, with a configurable limit', () => {
    const plan = readyPlan();
    const items = plan.packagedPlan.deliveries[0]?.items ?? [];
    items.push({ id: 'tr-early', kind: 'training', title: 'Early training', leadWeeks: 12 });
    expect(findingsOf(plan, 'training-lead-time')).toHaveLength(1);
    plan.readinessSettings = { trainingMaxLeadWeeks: 12 };
    expect(findingsOf(plan, 'training-lead-time')).toEqual([]);
  });
});
