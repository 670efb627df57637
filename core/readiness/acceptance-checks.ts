import { nameDelivery, nameItem } from './describe';
import { countOf } from '../text/count-of';
import type { FindingsCollector } from './findings-collector';
import type { ItemEntry, PlanIndex } from '../plan/plan-index';

function nonFunctional(entries: readonly ItemEntry[]): (ItemEntry & { percent: number })[] {
  const found: (ItemEntry & { percent: number })[] = [];
  for (const entry of entries) {
    if (entry.item.kind === 'nonFunctional') {
      found.push({ ...entry, percent: entry.item.targetPercent });
    }
  }
  return found;
}

function hasNonFunctional(entries: readonly ItemEntry[]): boolean {
  return entries.some((entry) => entry.item.kind === 'nonFunctional');
}

/**
 * Service acceptance needs SLA targets met: whatever the last delivery still leaves unmet
 * goes live for good, so each shortfall there is named.
 */
export function checkFinalNonFunctionalTargets(
  index: PlanIndex,
  findings: FindingsCollector,
): void {
  const last = index.deliveriesByDate.findLast((d) => hasNonFunctional(d.items));
  if (last === undefined) return;
  for (const entry of nonFunctional(last.items)) {
    if (entry.percent >= 100) continue;
    findings.add(
      'non-functional-target-unmet',
      'warning',
      [...entry.path, 'targetPercent'],
      `${nameItem(entry.item)} meets only ${entry.percent}% of its targets at ${nameDelivery(last.delivery)}, the last delivery with non-functional requirements.`,
      {
        subject: nameItem(entry.item),
        together: (count) =>
          `${countOf(count, 'non-functional requirement meets', 'non-functional requirements meet')} only ${entry.percent}% of their targets at ${nameDelivery(last.delivery)}, the last delivery with non-functional requirements.`,
      },
    );
  }
}

/**
 * The same requirement (matched by title) should meet more of its targets release by release,
 * as in the article (75% then 90%); a drop means a later release makes the service worse.
 */
export function checkNonFunctionalProgress(index: PlanIndex, findings: FindingsCollector): void {
  const previous = new Map<string, { percent: number; deliveryName: string }>();
  for (const delivery of index.deliveriesByDate) {
    const deliveryName = nameDelivery(delivery.delivery);
    for (const entry of nonFunctional(delivery.items)) {
      const key = entry.item.title.replace(/\s+/g, ' ').trim().toLowerCase();
      if (key === '') continue;
      const before = previous.get(key);
      if (before !== undefined && entry.percent < before.percent) {
        findings.add(
          'non-functional-target-regresses',
          'warning',
          [...entry.path, 'targetPercent'],
          `${nameItem(entry.item)} falls from ${before.percent}% of its targets at ${before.deliveryName} to ${entry.percent}% at ${deliveryName}.`,
        );
      }
      previous.set(key, { percent: entry.percent, deliveryName });
    }
  }
}
