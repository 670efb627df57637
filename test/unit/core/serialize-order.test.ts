import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../core/plan/schema';
import { serializePlan } from '../../../core/plan/serialize';
import { loadSeedPlan } from '../../support/seed';

describe('serializePlan key order', () => {
  it('writes keys in file order whatever order the objects were built in, and leaves them as they were', () => {
    const seed = loadSeedPlan();
    const first = seed.packagedPlan.deliveries[0];
    if (!first) throw new Error('no delivery');
    // As an editor might build them: figures first, unknown fields between known ones.
    const shuffled = {
      packagedPlan: {
        deliveries: [
          {
            items: [{ title: 'T', reviewer: 'Ann', kind: 'functional', id: 'x1' }],
            date: first.date,
            name: first.name,
            id: first.id,
          },
        ],
      },
      strategy: seed.strategy,
      service: seed.service,
      title: seed.title,
      schemaVersion: 1,
      format: 'transition-studio.plan',
    } as unknown as Plan;
    const before = JSON.stringify(shuffled);
    const written = JSON.parse(serializePlan(shuffled)) as Record<string, unknown>;
    expect(Object.keys(written)).toEqual([
      'format',
      'schemaVersion',
      'title',
      'service',
      'strategy',
      'packagedPlan',
    ]);
    const delivery = (written.packagedPlan as { deliveries: Record<string, unknown>[] })
      .deliveries[0];
    expect(Object.keys(delivery ?? {})).toEqual(['id', 'name', 'date', 'items']);
    const item = (delivery?.items as Record<string, unknown>[])[0];
    expect(Object.keys(item ?? {})).toEqual(['id', 'kind', 'title', 'reviewer']);
    expect(JSON.stringify(shuffled)).toBe(before);
  });

  it('keeps an own "__proto__" key of an object it reorders as a plain key', () => {
    const odd = JSON.parse('{"title":"t","__proto__":{"x":1},"format":"f"}') as Plan;
    const written = serializePlan(odd);
    expect(written).toBe(
      '{\n  "format": "f",\n  "title": "t",\n  "__proto__": {\n    "x": 1\n  }\n}\n',
    );
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
