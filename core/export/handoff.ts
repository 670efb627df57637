import { describeCadence } from '../plan/cadence-labels';
import { ITEM_KIND_LABELS } from '../plan/item-kinds';
import type { Delivery, Item, Plan, Stream } from '../plan/schema';
import { roleNames } from './plan-tables';

/**
 * The ITSM hand-off of a stream design (docs/handoff.md): a standard change template for each
 * pre-authorised stream (its releases need no change authority: the gate authorises them), and
 * a normal change request for each release that goes to a change authority or needs a
 * regulatory sign-off — one per such stream and delivery whose items that stream carries. Records are plain
 * field → text maps; io/cli shape them as ServiceNow import-set rows or Jira issue-import rows.
 */
export interface StandardChangeTemplate {
  streamId: string;
  name: string;
  shortDescription: string;
  description: string;
  gate: string;
  conditions: string;
  cadence: string;
  roles: string;
  itemIds: string;
}

export interface ChangeRequest {
  streamId: string;
  deliveryId: string;
  shortDescription: string;
  description: string;
  authority: string;
  conditions: string;
  /** The go-live day, `YYYY-MM-DD`. */
  plannedDate: string;
  itemIds: string;
}

export interface Handoff {
  templates: StandardChangeTemplate[];
  changeRequests: ChangeRequest[];
}

export function buildHandoff(plan: Plan, streams: readonly Stream[]): Handoff {
  const items = new Map<string, { item: Item; delivery: Delivery }>();
  for (const delivery of plan.packagedPlan.deliveries) {
    for (const item of delivery.items) items.set(item.id, { item, delivery });
  }
  const service = plan.service.name === '' ? plan.title : plan.service.name;
  const itemLines = (ids: readonly string[]): string =>
    ids
      .map((id) => {
        const found = items.get(id);
        return found === undefined
          ? `- ${id}`
          : `- ${id}: ${found.item.title} (${ITEM_KIND_LABELS[found.item.kind]})`;
      })
      .join('\n');
  const templates: StandardChangeTemplate[] = [];
  const changeRequests: ChangeRequest[] = [];
  for (const stream of streams) {
    const approval = stream.approval;
    if (approval?.mode === 'preAuthorised') {
      templates.push({
        streamId: stream.id,
        name: `${service}: ${stream.name}`,
        shortDescription: clip(`${stream.name} (${service})`, 160),
        description: [
          `Standard change for the stream "${stream.name}" of ${service}.`,
          `Cadence: ${describeCadence(stream.cadence)}. Roles: ${roleNames(stream)}.`,
          `Pre-authorised by: ${approval.gate}.`,
          ...(approval.conditions === undefined ? [] : [`Conditions: ${approval.conditions}`]),
          'Traced packaged items:',
          itemLines(stream.sourceItemIds),
        ].join('\n'),
        gate: approval.gate,
        conditions: approval.conditions ?? '',
        cadence: describeCadence(stream.cadence),
        roles: roleNames(stream),
        itemIds: stream.sourceItemIds.join(', '),
      });
      continue;
    }
    // A regulatory sign-off is a normal change whose approver is the signing authority; the
    // emergency path raises its changes when they happen, so nothing is planned for it.
    if (approval?.mode !== 'changeAuthority' && approval?.mode !== 'signOff') continue;
    const approvalSentence =
      approval.mode === 'signOff'
        ? `Sign-off by: ${approval.authority}${approval.regulation ? ` (${approval.regulation})` : ''}.`
        : `Change authority: ${approval.authority}.`;
    for (const delivery of plan.packagedPlan.deliveries) {
      const ids = stream.sourceItemIds.filter((id) => items.get(id)?.delivery === delivery);
      if (ids.length === 0) continue;
      changeRequests.push({
        streamId: stream.id,
        deliveryId: delivery.id,
        shortDescription: clip(`${stream.name}: ${delivery.name} (${service})`, 160),
        description: [
          `Normal change: release of "${stream.name}" for ${delivery.name}, go-live ${delivery.date}.`,
          approvalSentence,
          ...(approval.conditions === undefined ? [] : [`Conditions: ${approval.conditions}`]),
          `Roles: ${roleNames(stream)}.`,
          'Items:',
          itemLines(ids),
        ].join('\n'),
        authority: approval.authority,
        conditions: approval.conditions ?? '',
        plannedDate: delivery.date,
        itemIds: ids.join(', '),
      });
    }
  }
  return { templates, changeRequests };
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
