import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextIds, packagedPlanIds } from '../../../../core/plan/new-ids';
import { loadSeedPlan } from '../../../support/seed';

describe('nextIds', () => {
  it('numbers on from the highest id with the prefix, skipping none of the taken ones', () => {
    expect(nextIds('i', ['i1', 'i7', 'fr-a', 'i3x'], 3)).toEqual(['i8', 'i9', 'i10']);
    expect(nextIds('d', [])).toEqual(['d1']);
  });

  it('never returns an id already taken in the shared delivery and item namespace', () => {
    const plan = loadSeedPlan();
    const taken = packagedPlanIds(plan);
    expect(taken).toContain('d2');
    expect(taken).toContain('fr-a');
    expect(nextIds('d', taken, 2)).toEqual(['d3', 'd4']);
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 4 })),
        fc.integer({ min: 1, max: 20 }),
        (ids, n) => {
          const fresh = nextIds('i', ids, n);
          expect(new Set(fresh).size).toBe(n);
          for (const id of fresh) expect(ids).not.toContain(id);
        },
      ),
    );
  });
});
