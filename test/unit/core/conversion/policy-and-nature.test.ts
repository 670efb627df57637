import { describe, expect, it } from 'vitest';
import { convertToStreams } from '../../../../core/conversion/convert';
import type { Item, Plan, Stream } from '../../../../core/plan/schema';
import { loadSeedPlan } from '../../../support/seed';

const streamsOf = (plan: Plan): Stream[] => plan.streamDesign?.streams ?? [];
const named = (plan: Plan, name: string): Stream | undefined =>
  streamsOf(plan).find((stream) => stream.name === name);

/** A data-centre move: no functional requirement, cutover waves, a DPIA, IaC and old racks. */
function dataCentreMove(): Plan {
  const seed = loadSeedPlan();
  const items: Item[] = [
    { id: 'runbook', kind: 'document', title: 'Runbook' },
    { id: 'brief', kind: 'opsBriefing', title: 'Ops briefing', leadWeeks: 2 },
    { id: 'waf', kind: 'infrastructure', title: 'WAF', provisioning: 'code' },
    { id: 'rack', kind: 'infrastructure', title: 'New rack', quantity: 2 },
    { id: 'old', kind: 'infrastructure', title: 'Old DC', nature: 'decommission' },
    { id: 'dpia', kind: 'document', title: 'DPIA', nature: 'regulatory', signOffAuthority: 'DPO' },
    {
      id: 'sox',
      kind: 'other',
      title: 'SOX evidence',
      nature: 'regulatory',
      signOffAuthority: 'Financial Controller',
    },
    {
      id: 'reh',
      kind: 'other',
      title: 'Dress rehearsal',
      nature: 'cutover',
      cutoverKind: 'rehearsal',
      date: '2027-05-15',
    },
    { id: 'w1', kind: 'other', title: 'Wave 1', nature: 'cutover', cutoverKind: 'migrationWave' },
  ];
  return {
    ...seed,
    packagedPlan: { deliveries: [{ id: 'd1', name: 'Move', date: '2027-06-30', items }] },
  };
}

describe('conversion honours what items are', () => {
  it('makes a gated cutover stream, a sign-off stream, IaC through the pipeline and decommissioning to the CAB', () => {
    const { plan, unmapped } = convertToStreams(dataCentreMove());
    expect(unmapped).toEqual([]);
    expect(streamsOf(plan).map((s) => [s.name, s.sourceItemIds])).toEqual([
      ['Knowledge updates created & tested', ['runbook', 'brief']],
      ['Infrastructure as code built, tested & deployed', ['waf']],
      ['Hardware deliveries', ['rack']],
      ['Cutover and migration waves', ['reh', 'w1']],
      ['Regulatory and compliance sign-offs', ['dpia', 'sox']],
      ['Decommissioning', ['old']],
    ]);
    expect(named(plan, 'Cutover and migration waves')?.approval).toMatchObject({
      mode: 'changeAuthority',
      goNoGo: true,
      backOutPlan: expect.stringContaining('back-out') as unknown,
    });
    expect(named(plan, 'Regulatory and compliance sign-offs')?.approval).toMatchObject({
      mode: 'signOff',
      authority: 'DPO; Financial Controller',
    });
    expect(named(plan, 'Infrastructure as code built, tested & deployed')?.approval?.mode).toBe(
      'preAuthorised',
    );
    expect(named(plan, 'Decommissioning')?.approval?.mode).toBe('changeAuthority');
  });

  it('names no stream after functional requirements when the plan has none', () => {
    const names = streamsOf(convertToStreams(dataCentreMove()).plan).map((s) => s.name);
    expect(names.some((name) => /functional requirement/i.test(name))).toBe(false);
  });

  it('keeps a v1 rule table working: items with a nature go to the rule of their kind', () => {
    const plan = dataCentreMove();
    plan.conversionRules = {
      rules: [
        {
          id: 'all',
          kinds: ['document', 'infrastructure', 'other', 'opsBriefing'],
          stream: {
            name: 'Everything',
            cadence: { kind: 'asRequired' },
            roles: [],
            approval: { mode: 'changeAuthority', authority: 'CAB' },
          },
        },
      ],
    };
    const { plan: converted, unmapped } = convertToStreams(plan);
    expect(unmapped).toEqual([]);
    expect(streamsOf(converted)[0]?.sourceItemIds).toHaveLength(9);
  });
});

describe('conversion honours the change policy', () => {
  it('sends everything to the CAB: no pre-authorised stream', () => {
    const plan = loadSeedPlan();
    plan.strategy.changeApproval = { everythingToCab: true };
    const streams = streamsOf(convertToStreams(plan).plan);
    expect(streams).toHaveLength(5);
    expect(streams.filter((s) => s.approval?.mode === 'preAuthorised')).toEqual([]);
    expect(streams[0]?.approval).toMatchObject({
      mode: 'changeAuthority',
      authority: 'Change Advisory Board',
    });
  });

  it('applies a default approval class per kind of work and the list of gates that may pre-authorise', () => {
    const plan = loadSeedPlan();
    plan.strategy.changeApproval = {
      changeAuthority: { authority: 'Change manager', authorityKind: 'changeManager' },
      defaults: { physicalInfrastructure: 'preAuthorised' },
      preAuthorisingGates: ['Automated build and integration tests'],
    };
    const streams = streamsOf(convertToStreams(plan).plan);
    expect(streams.map((s) => s.approval?.mode)).toEqual([
      'preAuthorised',
      'changeAuthority',
      'changeAuthority',
      'preAuthorised',
      'changeAuthority',
    ]);
    expect(streams[1]?.approval).toMatchObject({ authority: 'Change manager' });
    expect(streams[3]?.approval).toMatchObject({ gate: 'Automated build and integration tests' });
  });

  it('reaches streams not edited by hand when the policy changes, and keeps a hand edit', () => {
    const first = convertToStreams(loadSeedPlan()).plan;
    const edited = structuredClone(first);
    const knowledge = edited.streamDesign?.streams[1];
    if (knowledge) knowledge.approval = { mode: 'preAuthorised', gate: 'Hand-made gate' };
    edited.strategy.changeApproval = { everythingToCab: true };
    const streams = streamsOf(convertToStreams(edited).plan);
    expect(streams[0]?.approval?.mode).toBe('changeAuthority');
    expect(streams[1]?.approval).toEqual({ mode: 'preAuthorised', gate: 'Hand-made gate' });
  });
});
