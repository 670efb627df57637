import { ITEM_KIND_LABELS } from './item-kinds';
import type { ItemKind } from './schema';
import { untitled } from './untitled';
import { quoteValue } from '../text/quote-value';

/**
 * How a message names a delivery, an item or a stream: readiness, the report's findings and the
 * places of a plan's problems all say it this way.
 */

const LONGEST_TITLE = 60;

/**
 * A title as it appears inside a message: quoted, on one line and short, because a title comes
 * from a file and may be empty, multi-line or very long. An empty title falls back to the id.
 */
export function quote(title: string, id: string): string {
  const oneLine = title.replace(/\s+/g, ' ').trim();
  if (oneLine === '') return untitled(id);
  return quoteValue(oneLine, LONGEST_TITLE);
}

/** `Functional requirement "a"`: the kind says what the thing is, the title which one. */
export function nameItem(item: { kind: ItemKind; title: string; id: string }): string {
  // "Other" says nothing as a noun in a sentence; the messages about such items name the kind.
  const label = item.kind === 'other' ? 'Item' : ITEM_KIND_LABELS[item.kind];
  return `${label} ${quote(item.title, item.id)}`;
}

/**
 * `Delivery "Wave 1"`; a delivery without a name is told apart by its go-live date, as the
 * report names it, never by its id.
 */
export function nameDelivery(delivery: { name: string; id: string; date: string }): string {
  if (delivery.name.trim() === '') return `Delivery of ${delivery.date}`;
  return `Delivery ${quote(delivery.name, delivery.id)}`;
}

export function nameStream(stream: { name: string; id: string }): string {
  return `Stream ${quote(stream.name, stream.id)}`;
}
