import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIGURE_FIELD, type ItemDraft } from '../../../../core/plan/item-drafts';
import { ITEM_KIND_LABELS } from '../../../../core/plan/item-kinds';
import { parsePastedItems } from '../../../../core/plan/paste-items';
import type { ItemKind } from '../../../../core/plan/schema';
import { itemKindArbitrary } from '../../../support/plan-arbitraries';

/** Titles as people write them: any text but line breaks and tabs, not blank, no outer spaces. */
const titleArbitrary = fc
  .string({ minLength: 1, maxLength: 40, unit: 'grapheme' })
  .map((s) => s.replace(/[\r\n\t\u2028\u2029]/g, ' ').trim())
  .filter((s) => s !== '' && !/^\s|\s$/.test(s));

function figureArbitrary(kind: ItemKind): fc.Arbitrary<number | undefined> {
  switch (kind) {
    case 'nonFunctional':
      return fc.integer({ min: 0, max: 100 });
    case 'infrastructure':
      return fc.option(fc.integer({ min: 1, max: 500 }), { nil: undefined });
    case 'opsBriefing':
    case 'training':
      return fc.integer({ min: 0, max: 52 });
    case 'earlyLifeSupport':
      return fc.integer({ min: 0, max: 90 });
    case 'functional':
    case 'document':
    case 'other':
      return fc.constant(undefined);
  }
}

const draftArbitrary: fc.Arbitrary<ItemDraft> = itemKindArbitrary.chain((kind) =>
  fc
    .record({ title: titleArbitrary, figure: figureArbitrary(kind) })
    .map(({ title, figure }) => (figure === undefined ? { kind, title } : { kind, title, figure })),
);

/** How the kind is written in the first column: id or label, in some case. */
const kindSpelling = fc.constantFrom<(kind: ItemKind) => string>(
  (kind) => kind,
  (kind) => ITEM_KIND_LABELS[kind],
  (kind) => ITEM_KIND_LABELS[kind].toUpperCase(),
  (kind) => kind.toLowerCase(),
);

function csvCell(text: string): string {
  return /[",]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function tsvCell(text: string): string {
  return text.startsWith('"') ? `"${text.replace(/"/g, '""')}"` : text;
}

describe('parsePastedItems (properties)', () => {
  it('reads back every item written as tab- or comma-separated lines', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(draftArbitrary, kindSpelling, fc.boolean()), { maxLength: 30 }),
        (rows) => {
          const text = rows
            .map(([draft, spell, tabs]) => {
              const cells = [
                spell(draft.kind),
                draft.title,
                draft.figure === undefined ? '' : String(draft.figure),
              ];
              return tabs ? cells.map(tsvCell).join('\t') : cells.map(csvCell).join(',');
            })
            .join('\n');
          const result = parsePastedItems(text);
          expect(result.problems).toEqual([]);
          expect(result.items.map((i) => i.draft)).toEqual(rows.map(([draft]) => draft));
          expect(result.items.map((i) => i.line)).toEqual(rows.map((_, index) => index + 1));
        },
      ),
    );
  });

  it('accounts for every non-blank line exactly once, in order, and never throws', () => {
    const lineArbitrary = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc
        .tuple(
          fc.constantFrom('functional', 'nonFunctional', 'Training', 'kind', 'x', ''),
          fc.string({ maxLength: 10 }),
          fc.string({ maxLength: 6 }),
          fc.constantFrom('\t', ','),
        )
        .map(([kind, title, figure, delimiter]) => [kind, title, figure].join(delimiter)),
    );
    fc.assert(
      fc.property(fc.array(lineArbitrary, { maxLength: 25 }), (lines) => {
        const text = lines.map((line) => line.replace(/[\r\n]/g, ' ')).join('\n');
        const result = parsePastedItems(text);
        const physical = text.split('\n');
        const accounted = [
          ...result.items.map((i) => i.line),
          ...result.problems.map((p) => p.line),
          ...(result.headerLine === undefined ? [] : [result.headerLine]),
        ].sort((a, b) => a - b);
        const nonBlank = physical.flatMap((line, index) => (line.trim() === '' ? [] : [index + 1]));
        expect(accounted).toEqual(nonBlank);
        for (const problem of result.problems) expect(problem.message.length).toBeGreaterThan(10);
        for (const { draft } of result.items) {
          expect(draft.title).not.toBe('');
          const field = FIGURE_FIELD[draft.kind];
          if (field === null) expect(draft.figure).toBeUndefined();
        }
      }),
    );
  });
});
