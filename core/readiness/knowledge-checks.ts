import { ROLE } from '../itil/roles';
import { nameDelivery, nameItem } from './describe';
import { countOf } from '../text/count-of';
import type { FindingsCollector } from './findings-collector';
import {
  designedStreams,
  hasKind,
  type DeliveryEntry,
  type ItemEntry,
  type PlanIndex,
} from '../plan/plan-index';
import type { Item } from '../plan/schema';

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
        {
          subject: nameItem(entry.item),
          together: (count) =>
            `${countOf(count, 'functional requirement has', 'functional requirements have')} no knowledge stream covering them.`,
        },
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
      {
        subject: nameDelivery(delivery.delivery),
        together: (count) =>
          `${countOf(count, 'delivery has', 'deliveries have')} functional requirements but no document or training to carry the knowledge for them.`,
      },
    );
  }
}

/** What a go-live changes for operations, in the words of the message; empty: nothing. */
const OPERATIONAL_CHANGES: readonly { kind: Item['kind']; words: string }[] = [
  { kind: 'functional', words: 'functionality' },
  { kind: 'nonFunctional', words: 'service levels' },
  { kind: 'infrastructure', words: 'infrastructure' },
];

function operationalChanges(delivery: DeliveryEntry): string[] {
  return OPERATIONAL_CHANGES.filter(({ kind }) => hasKind(delivery.items, kind)).map(
    ({ words }) => words,
  );
}

function joinWords(words: readonly string[]): string {
  if (words.length < 2) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}

/**
 * Operations run the change from go-live, whether it changes functions, service levels or the
 * infrastructure underneath: they must be briefed on it before, not on the day.
 */
export function checkOperationsBriefed(index: PlanIndex, findings: FindingsCollector): void {
  for (const delivery of index.deliveries) {
    const changes = operationalChanges(delivery);
    if (changes.length === 0) continue;
    let onTheDay: ItemEntry | undefined;
    let before = false;
    for (const entry of delivery.items) {
      if (entry.item.kind !== 'opsBriefing') continue;
      if (entry.item.leadWeeks > 0) before = true;
      else onTheDay ??= entry;
    }
    if (before) continue;
    const name = nameDelivery(delivery.delivery);
    if (onTheDay === undefined) {
      findings.add(
        'ops-not-briefed',
        'warning',
        delivery.path,
        `${name} changes ${joinWords(changes)} but has no ops briefing before go-live.`,
        {
          subject: `${name} (${joinWords(changes)})`,
          together: (count) =>
            `${countOf(count, 'delivery changes', 'deliveries change')} what operations run but have no ops briefing before go-live.`,
        },
      );
    } else {
      findings.add(
        'ops-not-briefed',
        'warning',
        [...onTheDay.path, 'leadWeeks'],
        `${nameItem(onTheDay.item)} of ${name} is held on the go-live day, too late to brief operations before the change.`,
        {
          subject: `${nameItem(onTheDay.item)} of ${name}`,
          together: (count) =>
            `${countOf(count, 'ops briefing is', 'ops briefings are')} held on the go-live day, too late to brief operations before the change.`,
        },
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
