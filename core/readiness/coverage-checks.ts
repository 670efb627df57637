import { ROLE } from '../itil/roles';
import type { ItemKind } from '../plan/schema';
import { nameDelivery, nameItem } from './describe';
import { countOf } from '../text/count-of';
import type { FindingsCollector } from './findings-collector';
import { designedStreams, type PlanIndex } from '../plan/plan-index';

/** Kinds that are built and released, as opposed to activities around a release. */
const DELIVERABLE_KINDS: ReadonlySet<ItemKind> = new Set<ItemKind>([
  'functional',
  'infrastructure',
  'document',
  'other',
]);

/** Conversion promises every item lands in a stream or is reported: this is the report. */
export function checkUnmappedItems(index: PlanIndex, findings: FindingsCollector): void {
  if (designedStreams(index) === undefined) return;
  for (const entry of index.items) {
    if (index.carriedIds.has(entry.item.id)) continue;
    const other = entry.item.kind === 'other';
    const reason = other
      ? ': no default rule maps items of kind "other", so add it to a stream by hand'
      : '';
    const subject = `${nameItem(entry.item)} of ${nameDelivery(entry.delivery.delivery)}`;
    findings.add(
      'unmapped-item',
      'warning',
      entry.path,
      `${subject} is carried by no stream${reason}.`,
      {
        subject,
        together: (count) =>
          other
            ? `${countOf(count, 'item', 'items')} of kind "other" are carried by no stream: no default rule maps that kind, so add them to a stream by hand.`
            : `${countOf(count, 'item is', 'items are')} carried by no stream.`,
      },
    );
  }
}

export function checkHardwareStream(index: PlanIndex, findings: FindingsCollector): void {
  if (designedStreams(index) === undefined) return;
  let count = 0;
  let example = '';
  for (const entry of index.items) {
    if (entry.item.kind !== 'infrastructure') continue;
    if (index.carriedIds.has(entry.item.id)) return;
    if (count === 0) example = nameItem(entry.item);
    count += 1;
  }
  if (count === 0) return;
  findings.add(
    'infrastructure-without-hardware-stream',
    'warning',
    ['streamDesign', 'streams'],
    `No stream carries any of the plan's ${count} infrastructure items (first: ${example}); add a hardware deliveries stream.`,
  );
}

/** Release and Deployment Management still moves every deliverable into production. */
export function checkReleaseOwnership(index: PlanIndex, findings: FindingsCollector): void {
  const streams = designedStreams(index);
  if (streams === undefined) return;
  if (streams.some((entry) => entry.roles.has(ROLE.releaseDeployment))) return;
  if (!index.items.some((entry) => DELIVERABLE_KINDS.has(entry.item.kind))) return;
  findings.add(
    'no-release-deployment-stream',
    'warning',
    ['streamDesign', 'streams'],
    'No stream is owned by Release and Deployment Management, yet the plan has deliverables to release.',
  );
}
