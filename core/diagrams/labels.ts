import { APPROVAL_MODE_LABELS, approverOf } from '../plan/approval-labels';
import { describeCadence } from '../plan/cadence-labels';
import { describeItemDetail, ITEM_KIND_LABELS } from '../plan/item-kinds';
import type { ApprovalModel, Delivery, Item, ItemKind, Stream } from '../plan/schema';
import { shortenLabel } from './escape';
import { untitled } from '../plan/untitled';

/**
 * The words diagrams use for the plan's things, shared by the views so that a stream or a
 * delivery reads the same in each of them. User text is shortened here; escaping happens where
 * the source is written.
 */
export function deliveryLabel(delivery: Delivery): string {
  const name = shortenLabel(delivery.name);
  return name === '' ? delivery.date : `${name} · ${delivery.date}`;
}

/** A delivery named by its place in the plan, for titles that cannot show every character. */
export function deliveryPlace(index: number, total: number, delivery: Delivery): string {
  return `Delivery ${String(index + 1)} of ${String(total)} · ${delivery.date}`;
}

export function streamName(stream: Stream): string {
  return shortenLabel(stream.name) || untitled(stream.id);
}

export function itemTitle(item: Item): string {
  return shortenLabel(item.title) || untitled(item.id);
}

/**
 * The line under an item's title: its kind and figure ("Infrastructure · 2 units"), or only the
 * figure when the title already names the kind ("Ops briefing" → "t-3 weeks").
 */
export function itemKindLine(item: Item): string {
  const kind = ITEM_KIND_LABELS[item.kind];
  const detail = describeItemDetail(item);
  if (item.title.trim().toLowerCase().startsWith(kind.toLowerCase())) return detail;
  return detail === '' ? kind : `${kind} · ${detail}`;
}

const KIND_PLURALS: Readonly<Record<ItemKind, string>> = {
  functional: 'functional requirements',
  nonFunctional: 'non-functional requirements',
  infrastructure: 'infrastructure items',
  document: 'documents',
  opsBriefing: 'ops briefings',
  training: 'training items',
  earlyLifeSupport: 'early life support items',
  other: 'other items',
};

/** "3 documents", "1 document": a group of items of one kind. */
export function kindCount(kind: ItemKind, n: number): string {
  return n === 1
    ? `1 ${ITEM_KIND_LABELS[kind].toLowerCase()}`
    : `${String(n)} ${KIND_PLURALS[kind]}`;
}

export function cadenceAndRoles(stream: Stream, roleName: (roleId: string) => string): string {
  const roles = stream.roles.map((role) => shortenLabel(roleName(role))).filter((r) => r !== '');
  const cadence = describeCadence(stream.cadence);
  return roles.length === 0 ? `${cadence} · no roles` : `${cadence} · ${roles.join(', ')}`;
}

export const NO_APPROVAL_MODEL = 'No approval model (a change authority is assumed)';

export function approvalLine(approval: ApprovalModel | undefined): string {
  if (!approval) return NO_APPROVAL_MODEL;
  return `${APPROVAL_MODE_LABELS[approval.mode].short} · ${shortenLabel(approverOf(approval))}`;
}
