import { describe, expect, it } from 'vitest';
import { convertToStreams } from '../../../../core/conversion/convert';
import { DEFAULT_CONVERSION_RULES } from '../../../../core/conversion/default-rules';
import type { Plan, Stream } from '../../../../core/plan/schema';
import { loadExpectedStreams, loadSeedPlan } from '../../../support/seed';

const streamsOf = (plan: Plan): Stream[] => plan.streamDesign?.streams ?? [];

function withItem(
  plan: Plan,
  deliveryIndex: number,
  item: Plan['packagedPlan']['deliveries'][number]['items'][number],
): Plan {
  const copy = structuredClone(plan);
  copy.packagedPlan.deliveries[deliveryIndex]?.items.push(item);
  return copy;
}

describe('convertToStreams on the article', () => {
  it('gives exactly the article stream table: order, names, cadences, roles, item sets', () => {
    const { plan, unmapped } = convertToStreams(loadSeedPlan());
    const actual = streamsOf(plan).map(({ name, cadence, roles, sourceItemIds }) => ({
      name,
      cadence,
      roles,
      sourceItemIds,
    }));
    expect(actual).toEqual(loadExpectedStreams());
    expect(unmapped).toEqual([]);
  });

  it('gives every stream an approval model: code pre-authorised as a standard change, hardware to a change authority', () => {
    const streams = streamsOf(convertToStreams(loadSeedPlan()).plan);
    expect(streams.every((stream) => stream.approval !== undefined)).toBe(true);
    expect(streams[0]?.approval).toMatchObject({
      mode: 'preAuthorised',
      gate: 'Automated build and integration tests',
    });
    expect(streams[3]?.approval).toMatchObject({ mode: 'changeAuthority' });
  });

  it('reports a first conversion as five streams added with their items', () => {
    const { changes } = convertToStreams(loadSeedPlan());
    expect(changes.streamsAdded).toEqual([
      'code',
      'knowledge',
      'acceptance',
      'hardware',
      'els-csi',
    ]);
    expect(changes.streamsKept).toEqual([]);
    expect(changes.itemsAdded.find((c) => c.streamId === 'hardware')?.itemIds).toEqual([
      'hw-db',
      'hw-app',
      'hw-web1',
      'hw-web2',
      'hw-lb',
    ]);
    expect(changes.conflicts).toEqual([]);
  });

  it('does not change the plan it was given', () => {
    const plan = loadSeedPlan();
    const before = structuredClone(plan);
    convertToStreams(plan);
    expect(plan).toEqual(before);
  });

  it('lists an item of kind "other" as unmapped, with the reason', () => {
    const plan = withItem(loadSeedPlan(), 0, {
      id: 'misc',
      kind: 'other',
      title: 'Licence renewal',
    });
    const { unmapped } = convertToStreams(plan);
    expect(unmapped).toEqual([
      {
        itemId: 'misc',
        deliveryId: 'd1',
        kind: 'other',
        title: 'Licence renewal',
        reason:
          'no conversion rule takes items of kind "other" (other); assign it to a stream by hand',
      },
    ]);
  });

  it('creates no stream for a rule that takes no item', () => {
    const plan = loadSeedPlan();
    for (const delivery of plan.packagedPlan.deliveries) {
      delivery.items = delivery.items.filter((item) => item.kind !== 'infrastructure');
    }
    expect(streamsOf(convertToStreams(plan).plan).map((s) => s.id)).toEqual([
      'code',
      'knowledge',
      'acceptance',
      'els-csi',
    ]);
  });

  it('converts with a rule table given as data', () => {
    const rules = {
      rules: [
        {
          id: 'everything',
          kinds: ['other', 'functional'] as const,
          stream: {
            name: 'One stream',
            cadence: { kind: 'everyNDays', n: 3 } as const,
            roles: ['change'],
            approval: { mode: 'changeAuthority', authority: 'CAB' } as const,
          },
        },
      ],
    };
    const plan = withItem(loadSeedPlan(), 1, { id: 'misc', kind: 'other', title: 'Misc' });
    const { plan: converted, unmapped } = convertToStreams(plan, {
      rules: rules.rules.map((rule) => ({ ...rule, kinds: [...rule.kinds] })),
    });
    expect(streamsOf(converted)[0]?.sourceItemIds).toEqual([
      'misc',
      'fr-a',
      'fr-b',
      'fr-c',
      'fr-d',
      'fr-e',
      'fr-f',
    ]);
    expect(unmapped).toHaveLength(27 - 6);
    expect(unmapped[0]?.reason).toMatch(/no conversion rule takes items of kind "infrastructure"/);
  });

  it("uses the plan's own rule table when it has one", () => {
    const plan = loadSeedPlan();
    const rules = structuredClone(DEFAULT_CONVERSION_RULES);
    if (rules.rules[0]) rules.rules[0].stream.name = 'Code deployed daily';
    plan.conversionRules = rules;
    expect(streamsOf(convertToStreams(plan).plan)[0]?.name).toBe('Code deployed daily');
  });
});

describe('re-conversion merges into the existing design', () => {
  const converted = (): Plan => convertToStreams(loadSeedPlan()).plan;

  it('is idempotent: converting twice changes nothing and reports no change', () => {
    const once = converted();
    const twice = convertToStreams(once);
    expect(twice.plan).toEqual(once);
    expect(twice.changes.streamsAdded).toEqual([]);
    expect(twice.changes.itemsAdded).toEqual([]);
    expect(twice.changes.itemsRemoved).toEqual([]);
    expect(twice.changes.streamsKept).toHaveLength(5);
  });

  it('keeps a renamed stream, a changed cadence, roles and approval', () => {
    const plan = converted();
    const code = streamsOf(plan)[0];
    if (!code) throw new Error('no code stream');
    code.name = 'Code to production';
    code.cadence = { kind: 'timesPerWeek', min: 2, max: 3 };
    code.roles = ['release-deployment'];
    code.approval = { mode: 'changeAuthority', authority: 'Change manager' };
    const again = convertToStreams(plan);
    expect(streamsOf(again.plan)[0]).toMatchObject({
      id: 'code',
      name: 'Code to production',
      cadence: { kind: 'timesPerWeek', min: 2, max: 3 },
      roles: ['release-deployment'],
      approval: { mode: 'changeAuthority', authority: 'Change manager' },
    });
    expect(again.changes.conflicts).toEqual([]);
  });

  it('keeps a custom stream and drops its items that left the packaged plan', () => {
    const plan = converted();
    streamsOf(plan).push({
      id: 'security',
      name: 'Security reviews',
      cadence: { kind: 'asRequired' },
      roles: ['change-evaluation'],
      sourceItemIds: ['fr-a', 'hw-lb'],
    });
    const second = plan.packagedPlan.deliveries[1];
    if (!second) throw new Error('fixture changed');
    second.items = second.items.filter((item) => item.id !== 'hw-lb');
    const again = convertToStreams(plan);
    const security = streamsOf(again.plan).find((s) => s.id === 'security');
    expect(security?.sourceItemIds).toEqual(['fr-a']);
    expect(again.changes.itemsRemoved).toEqual([
      { streamId: 'hardware', itemIds: ['hw-lb'] },
      { streamId: 'security', itemIds: ['hw-lb'] },
    ]);
  });

  it('keeps an item moved by hand from one stream to another', () => {
    const plan = converted();
    const [, knowledge, acceptance] = streamsOf(plan);
    if (!knowledge || !acceptance) throw new Error('fixture changed');
    knowledge.sourceItemIds = knowledge.sourceItemIds.filter((id) => id !== 'doc-6');
    acceptance.sourceItemIds.push('doc-6');
    const again = convertToStreams(plan);
    const streams = streamsOf(again.plan);
    expect(streams[1]?.sourceItemIds).not.toContain('doc-6');
    expect(streams[2]?.sourceItemIds).toContain('doc-6');
    expect(again.unmapped).toEqual([]);
  });

  it('adds a new packaged item to its streams and traces it', () => {
    const plan = withItem(converted(), 1, {
      id: 'fr-g',
      kind: 'functional',
      title: 'Functional requirement g',
    });
    const again = convertToStreams(plan);
    expect(streamsOf(again.plan)[0]?.sourceItemIds.at(-1)).toBe('fr-g');
    expect(streamsOf(again.plan)[1]?.sourceItemIds).toContain('fr-g');
    expect(again.changes.itemsAdded).toEqual([
      { streamId: 'code', itemIds: ['fr-g'] },
      { streamId: 'knowledge', itemIds: ['fr-g'] },
    ]);
  });

  it('drops references to items that no longer exist (a stale trace counts as removed)', () => {
    const plan = converted();
    streamsOf(plan)[0]?.sourceItemIds.push('fr-gone');
    const again = convertToStreams(plan);
    expect(streamsOf(again.plan)[0]?.sourceItemIds).not.toContain('fr-gone');
    expect(again.changes.itemsRemoved).toEqual([{ streamId: 'code', itemIds: ['fr-gone'] }]);
  });

  it('takes a changed rule into streams the user did not touch, and reports a conflict where both changed', () => {
    const plan = converted();
    const code = streamsOf(plan)[0];
    if (!code) throw new Error('fixture changed');
    code.cadence = { kind: 'everyNDays', n: 2 };
    const rules = structuredClone(DEFAULT_CONVERSION_RULES);
    for (const rule of rules.rules) rule.stream.cadence = { kind: 'timesPerWeek', min: 1, max: 1 };
    plan.conversionRules = rules;
    const again = convertToStreams(plan);
    const streams = streamsOf(again.plan);
    expect(streams[0]?.cadence).toEqual({ kind: 'everyNDays', n: 2 });
    expect(streams[1]?.cadence).toEqual({ kind: 'timesPerWeek', min: 1, max: 1 });
    expect(again.changes.conflicts).toEqual([
      {
        streamId: 'code',
        field: 'cadence',
        message:
          'Stream "Code objects checked in, tested & deployed": your cadence was kept; the conversion rules now give a different one.',
      },
    ]);
    expect(convertToStreams(again.plan).changes.conflicts).toEqual([]);
  });

  it('does not bring back a stream the user removed, and says why its items are unmapped', () => {
    const plan = converted();
    plan.streamDesign = {
      streams: streamsOf(plan).filter((stream) => stream.id !== 'hardware'),
      removedRuleIds: ['hardware'],
    };
    const again = convertToStreams(plan);
    expect(streamsOf(again.plan).map((s) => s.id)).not.toContain('hardware');
    expect(again.unmapped.map((u) => u.itemId)).toEqual([
      'hw-db',
      'hw-app',
      'hw-web1',
      'hw-web2',
      'hw-lb',
    ]);
    expect(again.unmapped[0]?.reason).toBe(
      'the stream its rule creates ("Hardware deliveries") was removed from the design',
    );
  });

  it('says an item taken out by hand and put nowhere else is unmapped', () => {
    const plan = converted();
    const els = streamsOf(plan)[4];
    if (!els) throw new Error('fixture changed');
    els.sourceItemIds = ['els-1'];
    const again = convertToStreams(plan);
    expect(again.unmapped).toMatchObject([
      {
        itemId: 'els-2',
        reason:
          'it was taken out of "ELS & Continual Service Improvement" by hand and is in no other stream',
      },
    ]);
  });

  it('removes a derived stream nobody edited once its rule takes no item', () => {
    const plan = converted();
    for (const delivery of plan.packagedPlan.deliveries) {
      delivery.items = delivery.items.filter((item) => item.kind !== 'earlyLifeSupport');
    }
    const again = convertToStreams(plan);
    expect(again.changes.streamsRemoved).toEqual(['els-csi']);
  });

  it('removes a derived stream whose items were removed with their traces (the editor’s way)', () => {
    const plan = converted();
    const els = new Set(
      plan.packagedPlan.deliveries.flatMap((d) =>
        d.items.filter((item) => item.kind === 'earlyLifeSupport').map((item) => item.id),
      ),
    );
    for (const delivery of plan.packagedPlan.deliveries) {
      delivery.items = delivery.items.filter((item) => !els.has(item.id));
    }
    for (const stream of streamsOf(plan)) {
      stream.sourceItemIds = stream.sourceItemIds.filter((id) => !els.has(id));
    }
    const again = convertToStreams(plan);
    expect(again.changes.streamsRemoved).toEqual(['els-csi']);
    expect(again.changes.conflicts).toEqual([]);
    // The items that left are still reported, once, though their traces went with them.
    expect(again.changes.itemsRemoved).toContainEqual({ streamId: 'els-csi', itemIds: [...els] });
    expect(convertToStreams(again.plan).changes.itemsRemoved).toEqual([]);
  });

  it('keeps unknown fields on streams and on the design', () => {
    const plan = converted();
    const design = plan.streamDesign as Record<string, unknown>;
    design.reviewedBy = 'Ada';
    (streamsOf(plan)[0] as Record<string, unknown>).colour = '#336699';
    const again = convertToStreams(plan);
    expect((again.plan.streamDesign as Record<string, unknown>).reviewedBy).toBe('Ada');
    expect((streamsOf(again.plan)[0] as Record<string, unknown>).colour).toBe('#336699');
  });
});
