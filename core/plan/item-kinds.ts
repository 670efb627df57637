import { countOf } from '../text/count-of';
import { quantityOf, type Item, type ItemKind } from './schema';

export const ITEM_KIND_LABELS: Readonly<Record<ItemKind, string>> = {
  functional: 'Functional requirement',
  nonFunctional: 'Non-functional requirement',
  infrastructure: 'Infrastructure',
  document: 'Document',
  opsBriefing: 'Ops briefing',
  training: 'Training',
  earlyLifeSupport: 'Early life support',
  other: 'Other',
};

/**
 * Kinds whose stream puts something new into the live service: its runs are releases.
 * Non-functional items only make a stream test (acceptance), early life support only makes it
 * support: neither releases.
 */
export const RELEASING_KINDS: ReadonlySet<ItemKind> = new Set<ItemKind>([
  'functional',
  'infrastructure',
  'document',
  'opsBriefing',
  'training',
  'other',
]);

/** The kind-specific figure of an item as a transition manager would say it. */
export function describeItemDetail(item: Item): string {
  switch (item.kind) {
    case 'nonFunctional':
      return `${String(item.targetPercent)}% of targets`;
    case 'infrastructure':
      return quantityOf(item) === 1 ? '1 unit' : `${String(quantityOf(item))} units`;
    // "t-1 week", as the editor says it.
    case 'opsBriefing':
      return `t-${countOf(item.leadWeeks, 'week')}`;
    case 'training':
      return `from t-${countOf(item.leadWeeks, 'week')}`;
    case 'earlyLifeSupport':
      return `until +${String(item.days)} days`;
    case 'functional':
    case 'document':
    case 'other':
      return '';
  }
}

export function countItems(deliveries: readonly { items: readonly unknown[] }[]): number {
  return deliveries.reduce((sum, delivery) => sum + delivery.items.length, 0);
}
