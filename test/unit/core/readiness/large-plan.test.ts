import { describe, expect, it } from 'vitest';
import type { Item, Plan, Stream } from '../../../../core/plan/schema';
import { checkReadiness, summariseFindings } from '../../../../core/readiness';
import { readyPlan } from './plans';

const KINDS = [
  'functional',
  'functional',
  'functional',
  'document',
  'infrastructure',
  'nonFunctional',
  'opsBriefing',
  'training',
  'earlyLifeSupport',
  'other',
] as const;

function item(id: string, kind: (typeof KINDS)[number]): Item {
  const title = `Item ${id}`;
  switch (kind) {
    case 'nonFunctional':
      return { id, kind, title, targetPercent: 80 };
    case 'infrastructure':
      return { id, kind, title, quantity: 2 };
    case 'opsBriefing':
    case 'training':
      return { id, kind, title, leadWeeks: 2 };
    case 'earlyLifeSupport':
      return { id, kind, title, days: 5 };
    default:
      return { id, kind, title };
  }
}

/** 100 deliveries of 100 items, one stream per kind carrying every item of it but "other". */
function largePlan(): Plan {
  const plan = readyPlan();
  const streams = new Map<string, Stream>();
  plan.packagedPlan.deliveries = Array.from({ length: 100 }, (_, d) => ({
    id: `d${d}`,
    name: `Delivery ${d}`,
    // Some share a day and some are out of order, so those checks do real work.
    date: `2027-${String((d % 12) + 1).padStart(2, '0')}-${String((d % 28) + 1).padStart(2, '0')}`,
    items: Array.from({ length: 100 }, (_, i) => {
      const kind = KINDS[i % KINDS.length] ?? 'other';
      const created = item(`d${d}-i${i}`, kind);
      if (kind !== 'other') {
        const stream = streams.get(kind) ?? {
          id: kind,
          name: kind,
          cadence: { kind: 'daily' },
          roles: kind === 'functional' ? ['release-deployment', 'knowledge'] : ['sacm'],
          sourceItemIds: [],
          approval: { mode: 'changeAuthority', authority: 'CAB' },
        };
        stream.sourceItemIds.push(created.id);
        streams.set(kind, stream);
      }
      return created;
    }),
  }));
  plan.streamDesign = { streams: [...streams.values()] };
  plan.strategy.horizon = { start: '2027-02-01', end: '2027-11-30' };
  return plan;
}

describe('a 10,000-item plan', () => {
  it('is checked without error', () => {
    const plan = largePlan();
    expect(plan.packagedPlan.deliveries.flatMap((d) => d.items)).toHaveLength(10_000);
    const findings = checkReadiness(plan, { today: '2027-06-01' });
    const counts = summariseFindings(findings);
    expect(counts.error).toBe(0);
    // 1,000 "other" items are carried by no stream: one finding with the count and the list.
    const unmapped = findings.filter((f) => f.check === 'unmapped-item');
    expect(unmapped.map((f) => f.count)).toEqual([1_000]);
    expect(unmapped[0]?.members).toHaveLength(1_000);
    expect(counts.warning + counts.info).toBe(findings.length);
  });
});
