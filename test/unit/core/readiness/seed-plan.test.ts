import { describe, expect, it } from 'vitest';
import { checkReadiness, summariseFindings } from '../../../../core/readiness';
import { seedPlan, seedPlanWithStreams } from './plans';

const nfrAt90 = (name: string, item: number) => ({
  check: 'non-functional-target-unmet',
  severity: 'warning',
  path: `packagedPlan.deliveries[1].items[${item}].targetPercent`,
  message: `Non-functional requirement "Non-functional requirement ${name}" meets only 90% of its targets at Delivery "Delivery 2", the last delivery with non-functional requirements.`,
});

const delivery2NotBriefed = {
  check: 'operations-not-briefed',
  severity: 'warning',
  path: 'packagedPlan.deliveries[1]',
  message: 'Delivery "Delivery 2" changes functionality but has no ops briefing before go-live.',
};

describe('the article’s seed plan', () => {
  it('with the article’s stream design and the default approval models', () => {
    expect(checkReadiness(seedPlanWithStreams())).toEqual([
      delivery2NotBriefed,
      nfrAt90('x', 5),
      nfrAt90('y', 6),
      nfrAt90('z', 7),
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
    expect(checkReadiness(seedPlan())).toEqual([
      delivery2NotBriefed,
      nfrAt90('x', 5),
      nfrAt90('y', 6),
      nfrAt90('z', 7),
    ]);
  });

  it('with a design whose streams lost their approval models and owners', () => {
    const plan = seedPlanWithStreams();
    for (const stream of plan.streamDesign?.streams ?? []) delete stream.approval;
    const first = plan.streamDesign?.streams[0];
    if (first) first.roles = [];
    const findings = checkReadiness(plan);
    // The code stream's SV&T warning goes with its approval model: nothing is pre-authorised now.
    expect(summariseFindings(findings)).toEqual({ error: 1, warning: 9, info: 0 });
    expect(findings[0]?.check).toBe('stream-without-roles');
    expect(findings.filter((f) => f.check === 'stream-without-approval')).toHaveLength(5);
  });
});
