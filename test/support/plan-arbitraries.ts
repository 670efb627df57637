import fc from 'fast-check';
import {
  CURRENT_SCHEMA_VERSION,
  ITEM_KINDS,
  PLAN_FORMAT,
  type Item,
  type ItemKind,
  type Plan,
} from '../../core/plan/schema';

/** An item of the given kind with the kind's required figure. */
export function makeItem(id: string, kind: ItemKind, title = id): Item {
  switch (kind) {
    case 'nonFunctional':
      return { id, kind, title, targetPercent: 80 };
    case 'infrastructure':
      return { id, kind, title, quantity: 1 };
    case 'opsBriefing':
    case 'training':
      return { id, kind, title, leadWeeks: 2 };
    case 'earlyLifeSupport':
      return { id, kind, title, days: 5 };
    case 'functional':
    case 'document':
    case 'other':
      return { id, kind, title };
  }
}

export const itemKindArbitrary = fc.constantFrom(...ITEM_KINDS);

/** Valid plans with 1–4 deliveries and 0–12 items each; ids are unique by construction. */
export const planArbitrary: fc.Arbitrary<Plan> = fc
  .array(fc.array(itemKindArbitrary, { maxLength: 12 }), { minLength: 1, maxLength: 4 })
  .map((deliveries) => ({
    format: PLAN_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    title: 'Generated plan',
    service: { name: 'Generated service' },
    strategy: { approach: 'packaged' as const },
    packagedPlan: {
      deliveries: deliveries.map((kinds, d) => ({
        id: `d${String(d)}`,
        name: `Delivery ${String(d + 1)}`,
        date: `2027-0${String(d + 1)}-15`,
        items: kinds.map((kind, i) => makeItem(`d${String(d)}-i${String(i)}`, kind)),
      })),
    },
  }));

/** An edit a planner makes to the packaged plan between two conversions. */
export type PackagedEdit =
  | { kind: 'add'; delivery: number; itemKind: ItemKind }
  | { kind: 'remove'; pick: number }
  | { kind: 'move'; pick: number; delivery: number }
  | { kind: 'retitle'; pick: number };

export const packagedEditArbitrary: fc.Arbitrary<PackagedEdit> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), delivery: fc.nat(), itemKind: itemKindArbitrary }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), delivery: fc.nat() }),
  fc.record({ kind: fc.constant('retitle' as const), pick: fc.nat() }),
);

/** Applies an edit in place; `serial` makes the ids of added items unique. */
export function applyPackagedEdit(plan: Plan, edit: PackagedEdit, serial: number): void {
  const deliveries = plan.packagedPlan.deliveries;
  const all = deliveries.flatMap((delivery) => delivery.items.map((item) => ({ delivery, item })));
  const target = deliveries[('delivery' in edit ? edit.delivery : 0) % deliveries.length];
  if (edit.kind === 'add') {
    target?.items.push(makeItem(`new-${String(serial)}`, edit.itemKind));
    return;
  }
  const picked = all.length === 0 ? undefined : all[edit.pick % all.length];
  if (!picked) return;
  if (edit.kind === 'retitle') {
    picked.item.title = `${picked.item.title} (revised)`;
    return;
  }
  picked.delivery.items = picked.delivery.items.filter((item) => item !== picked.item);
  if (edit.kind === 'move') target?.items.push(picked.item);
}
