import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertToStreams, listItems } from '../../../../core/conversion/convert';
import type { Plan, Stream } from '../../../../core/plan/schema';
import {
  applyPackagedEdit,
  packagedEditArbitrary,
  planArbitrary,
} from '../../../support/plan-arbitraries';

const streamsOf = (plan: Plan): Stream[] => plan.streamDesign?.streams ?? [];

function checkTraceability(plan: Plan, unmapped: readonly { itemId: string }[]): void {
  const itemIds = listItems(plan).map((ref) => ref.item.id);
  const existing = new Set(itemIds);
  const carried = new Set<string>();
  for (const stream of streamsOf(plan)) {
    expect(new Set(stream.sourceItemIds).size).toBe(stream.sourceItemIds.length);
    for (const id of stream.sourceItemIds) {
      expect(existing.has(id)).toBe(true);
      carried.add(id);
    }
  }
  const unmappedIds = unmapped.map((u) => u.itemId);
  expect(unmappedIds).toEqual(itemIds.filter((id) => !carried.has(id)));
}

describe('conversion properties', () => {
  it('is idempotent on any plan', () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        const once = convertToStreams(plan);
        const twice = convertToStreams(once.plan);
        expect(twice.plan).toEqual(once.plan);
        expect(twice.unmapped).toEqual(once.unmapped);
        expect(twice.changes.itemsAdded).toEqual([]);
        expect(twice.changes.itemsRemoved).toEqual([]);
        expect(twice.changes.streamsAdded).toEqual([]);
      }),
    );
  });

  it('never loses an item and never lists one twice in a stream, across any edits', () => {
    fc.assert(
      fc.property(
        planArbitrary,
        fc.array(packagedEditArbitrary, { maxLength: 15 }),
        (start, edits) => {
          let result = convertToStreams(start);
          checkTraceability(result.plan, result.unmapped);
          edits.forEach((edit, serial) => {
            const next = structuredClone(result.plan);
            applyPackagedEdit(next, edit, serial);
            result = convertToStreams(next);
            checkTraceability(result.plan, result.unmapped);
          });
        },
      ),
    );
  });

  it('keeps hand edits through any sequence of packaged-plan edits', () => {
    fc.assert(
      fc.property(
        planArbitrary,
        fc.array(packagedEditArbitrary, { maxLength: 15 }),
        fc.nat(),
        (start, edits, pick) => {
          const first = convertToStreams(start).plan;
          const streams = streamsOf(first);
          fc.pre(streams.length >= 2);
          const [edited, receiving] = [streams[0], streams[1]];
          if (!edited || !receiving) return;
          edited.name = 'Renamed by hand';
          edited.cadence = { kind: 'everyNDays', n: 9 };
          edited.roles = ['problem'];
          edited.approval = { mode: 'changeAuthority', authority: 'ECAB' };
          const candidate = edited.sourceItemIds[pick % edited.sourceItemIds.length];
          const moved =
            candidate !== undefined && !receiving.sourceItemIds.includes(candidate)
              ? candidate
              : undefined;
          if (moved !== undefined) {
            edited.sourceItemIds = edited.sourceItemIds.filter((id) => id !== moved);
            receiving.sourceItemIds.push(moved);
          }
          streams.push({
            id: 'custom',
            name: 'Custom stream',
            cadence: { kind: 'asRequired' },
            roles: ['change'],
            sourceItemIds: listItems(first)
              .slice(0, 3)
              .map((ref) => ref.item.id),
          });

          let plan = first;
          edits.forEach((edit, serial) => {
            const next = structuredClone(plan);
            applyPackagedEdit(next, edit, serial);
            plan = convertToStreams(next).plan;
          });

          const byId = new Map(streamsOf(plan).map((stream) => [stream.id, stream]));
          const existing = new Set(listItems(plan).map((ref) => ref.item.id));
          const keptEdited = byId.get(edited.id);
          expect(keptEdited).toMatchObject({
            name: 'Renamed by hand',
            cadence: { kind: 'everyNDays', n: 9 },
            roles: ['problem'],
            approval: { mode: 'changeAuthority', authority: 'ECAB' },
          });
          expect(byId.get('custom')?.sourceItemIds).toEqual(
            listItems(first)
              .slice(0, 3)
              .map((ref) => ref.item.id)
              .filter((id) => existing.has(id)),
          );
          if (moved !== undefined && existing.has(moved)) {
            expect(keptEdited?.sourceItemIds).not.toContain(moved);
            expect(byId.get(receiving.id)?.sourceItemIds ?? []).toContain(moved);
          }
        },
      ),
    );
  });
});
