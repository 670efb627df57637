import { describe, expect, it } from 'vitest';
import { createItem, figureOf, withKind } from '../../../../core/plan/item-drafts';
import { ITEM_KINDS, ItemSchema, type Item } from '../../../../core/plan/schema';

describe('createItem', () => {
  it('gives every kind exactly its own fields, valid for the schema', () => {
    for (const kind of ITEM_KINDS) {
      const item = createItem({ kind, title: 'T' }, 'i1');
      expect(ItemSchema.safeParse(item).success).toBe(true);
    }
    expect(createItem({ kind: 'training', title: 'T' }, 'i1')).toEqual({
      id: 'i1',
      kind: 'training',
      title: 'T',
      leadWeeks: 5,
    });
    expect(createItem({ kind: 'infrastructure', title: 'T' }, 'i1')).toEqual({
      id: 'i1',
      kind: 'infrastructure',
      title: 'T',
    });
  });
});

describe('withKind', () => {
  const briefing: Item = { id: 'x', kind: 'opsBriefing', title: 'Brief', leadWeeks: 2, note: 'n' };

  it("drops the old kind's figure, adds the new kind's default, keeps unknown fields", () => {
    expect(withKind(briefing, 'earlyLifeSupport')).toEqual({
      id: 'x',
      kind: 'earlyLifeSupport',
      title: 'Brief',
      days: 5,
      note: 'n',
    });
    expect(withKind(briefing, 'functional')).toEqual({
      id: 'x',
      kind: 'functional',
      title: 'Brief',
      note: 'n',
    });
  });

  it('keeps a figure both kinds share', () => {
    expect(figureOf(withKind(briefing, 'training'))).toBe(2);
  });

  it('returns the same item for the same kind', () => {
    expect(withKind(briefing, 'opsBriefing')).toBe(briefing);
  });
});
