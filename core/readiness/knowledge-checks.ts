import { ROLE } from '../itil/roles';
import { nameDelivery, nameItem } from './describe';
import type { FindingsCollector } from './findings-collector';
import { designedStreams, hasKind, type PlanIndex } from '../plan/plan-index';

/**
 * Knowledge transfer is an ELS exit criterion ("training and knowledge transfer complete") and
 * support documentation a service acceptance criterion: every functional change needs someone
 * writing the knowledge for it.
 */
export function checkKnowledgeCoverage(index: PlanIndex, findings: FindingsCollector): void {
  const streams = designedStreams(index);
  if (streams !== undefined) {
    const covered = new Set<string>();
    for (const stream of streams) {
      if (!stream.roles.has(ROLE.knowledge)) continue;
      for (const carried of stream.carried) covered.add(carried.item.id);
    }
    for (const entry of index.items) {
      if (entry.item.kind !== 'functional' || covered.has(entry.item.id)) continue;
      findings.add(
        'functional-without-knowledge',
        'warning',
        entry.path,
        `${nameItem(entry.item)} has no knowledge stream covering it.`,
      );
    }
    return;
  }
  // Before conversion the package itself must carry the knowledge: a document or training.
  for (const delivery of index.deliveries) {
    if (!hasKind(delivery.items, 'functional')) continue;
    if (hasKind(delivery.items, 'document') || hasKind(delivery.items, 'training')) continue;
    findings.add(
      'functional-without-knowledge',
      'warning',
      delivery.path,
      `${nameDelivery(delivery.delivery)} has functional requirements but no document or training to carry the knowledge for them.`,
    );
  }
}

/** Operations run the change from go-live: they must be briefed on it before, not on the day. */
export function checkOperationsBriefed(index: PlanIndex, findings: FindingsCollector): void {
  for (const delivery of index.deliveries) {
    if (!hasKind(delivery.items, 'functional')) continue;
    let onTheDay: (typeof delivery.items)[number] | undefined;
    let before = false;
    for (const entry of delivery.items) {
      if (entry.item.kind !== 'opsBriefing') continue;
      if (entry.item.leadWeeks > 0) before = true;
      else onTheDay ??= entry;
    }
    if (before) continue;
    if (onTheDay === undefined) {
      findings.add(
        'operations-not-briefed',
        'warning',
        delivery.path,
        `${nameDelivery(delivery.delivery)} changes functionality but has no ops briefing before go-live.`,
      );
    } else {
      findings.add(
        'operations-not-briefed',
        'warning',
        [...onTheDay.path, 'leadWeeks'],
        `${nameItem(onTheDay.item)} of ${nameDelivery(delivery.delivery)} is held on the go-live day, too late to brief operations before the change.`,
      );
    }
  }
}

export function checkTrainingPlanned(index: PlanIndex, findings: FindingsCollector): void {
  if (!hasKind(index.items, 'functional') || hasKind(index.items, 'training')) return;
  findings.add(
    'no-training',
    'warning',
    ['packagedPlan', 'deliveries'],
    'The plan changes functionality but has no training anywhere, so early life support cannot exit with training complete.',
  );
}
