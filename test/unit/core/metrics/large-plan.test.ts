import { describe, expect, it } from 'vitest';
import { computePlanMetrics, formatMetricsReport } from '../../../../core/metrics';
import type { Delivery, Item } from '../../../../core/plan/schema';
import { makePlan, stream } from './plan-builders';

/**
 * 500 deliveries of 20 items each (10,000 items), one every other calendar day, with the five
 * article streams each carrying every item of its kinds: every figure is computed and formatted.
 * How long it takes is measured in bench/convert (house rule: no timed assertions in tests).
 */
function largePlan() {
  const deliveries: Delivery[] = [];
  const kinds: Item['kind'][] = ['functional', 'document', 'infrastructure', 'nonFunctional'];
  const start = Date.UTC(2027, 0, 4);
  for (let d = 0; d < 500; d += 1) {
    const date = new Date(start + d * 2 * 86_400_000).toISOString().slice(0, 10);
    const items: Item[] = [];
    for (let i = 0; i < 20; i += 1) {
      const id = `item-${String(d)}-${String(i)}`;
      const kind = i === 19 ? 'earlyLifeSupport' : (kinds[i % kinds.length] ?? 'other');
      const item: Item =
        kind === 'nonFunctional'
          ? { id, kind, title: id, targetPercent: 50 + (d % 50) }
          : kind === 'earlyLifeSupport'
            ? { id, kind, title: id, days: 5 }
            : kind === 'infrastructure'
              ? { id, kind, title: id }
              : { id, kind: kind === 'document' ? 'document' : 'functional', title: id };
      items.push(item);
    }
    deliveries.push({ id: `d${String(d)}`, name: `Delivery ${String(d)}`, date, items });
  }
  const ids = (kind: Item['kind']) =>
    deliveries.flatMap((d) => d.items.filter((item) => item.kind === kind).map((item) => item.id));
  const streams = [
    stream('code', { kind: 'daily' }, ['release-deployment'], ids('functional')),
    stream(
      'knowledge',
      { kind: 'everyNDays', n: 2 },
      ['knowledge'],
      [...ids('functional'), ...ids('document')],
    ),
    stream('oat', { kind: 'timesPerWeek', min: 1, max: 2 }, [], ids('nonFunctional')),
    stream('hw', { kind: 'asRequired' }, ['release-deployment'], ids('infrastructure'), {
      mode: 'changeAuthority',
      authority: 'CAB',
    }),
    stream('els', { kind: 'daily' }, ['csi'], ids('earlyLifeSupport')),
  ];
  return { plan: makePlan(deliveries), streams };
}

describe('a 10,000-item plan', () => {
  it('computes and formats every figure', () => {
    const { plan, streams } = largePlan();
    expect(plan.packagedPlan.deliveries.reduce((n, d) => n + d.items.length, 0)).toBe(10_000);
    const result = computePlanMetrics(plan, streams);
    if (!result.ok) throw new Error(result.reason);
    expect(formatMetricsReport(result.metrics)).toContain('Releases into production');
    expect(result.metrics.releaseEvents.packaged.min).toBe(500);
    // 500 deliveries, one every other day: hardware as-required runs 500 (dates) .. 2,500 (items).
    expect(result.metrics.streams[3]?.occurrences).toEqual({ min: 500, max: 2500 });
  });
});
