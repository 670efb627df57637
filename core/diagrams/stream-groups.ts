import { indexPlan } from '../plan/plan-index';
import type { Item, ItemKind, Plan } from '../plan/schema';
import { designInUse } from './design';
import { groupLines } from './group-labels';
import { streamName } from './labels';

/**
 * The groups of the grouped stream view (the items of one kind in one delivery) and its streams,
 * named as the diagram names them, so that a screen can offer to open them to their items.
 */

/** A group's id: its delivery's id and the kind, stable while the plan is edited elsewhere. */
export function itemGroupId(deliveryId: string, kind: ItemKind): string {
  return `${deliveryId}/${kind}`;
}

export interface ExpandableGroup {
  id: string;
  /** "Delivery 1 · Functional requirements a–c (3)". */
  label: string;
  count: number;
}

export interface ExpandableStream {
  id: string;
  label: string;
}

/** Groups of two or more items (a group of one is drawn as its item already), in plan order. */
export function expandableGroups(plan: Plan): ExpandableGroup[] {
  const groups = new Map<string, { position: number; kind: ItemKind; items: Item[] }>();
  for (const placed of indexPlan(plan).itemsById.values()) {
    const id = itemGroupId(placed.delivery.delivery.id, placed.item.kind);
    const group = groups.get(id) ?? {
      position: placed.delivery.position,
      kind: placed.item.kind,
      items: [],
    };
    group.items.push(placed.item);
    groups.set(id, group);
  }
  return [...groups].flatMap(([id, group]) =>
    group.items.length < 2
      ? []
      : [
          {
            id,
            label: `Delivery ${String(group.position + 1)} · ${groupLines(group.kind, group.items).join(' · ')}`,
            count: group.items.length,
          },
        ],
  );
}

/** The streams the view draws (the plan's, or those the conversion rules propose). */
export function expandableStreams(plan: Plan): ExpandableStream[] {
  return designInUse(plan).streams.map((stream) => ({ id: stream.id, label: streamName(stream) }));
}
