import type { Stream } from '../plan/schema';
import type { ConversionChanges } from './convert';

/**
 * Items the last conversion gave a stream that have since left the packaged plan: the editor
 * takes them out of their streams as it removes them, and the re-conversion still reports them.
 */
export function goneSinceBaseline(stream: Stream, itemIds: ReadonlySet<string>): string[] {
  const baseline = stream.derivedFrom?.baseline.sourceItemIds ?? [];
  return baseline.filter((id) => !itemIds.has(id) && !stream.sourceItemIds.includes(id));
}

export function recordItemChanges(
  changes: ConversionChanges,
  before: Stream,
  after: Stream,
  gone: readonly string[] = [],
): void {
  const beforeIds = new Set(before.sourceItemIds);
  const afterIds = new Set(after.sourceItemIds);
  const added = after.sourceItemIds.filter((id) => !beforeIds.has(id));
  const removed = dedupe([...before.sourceItemIds, ...gone].filter((id) => !afterIds.has(id)));
  if (added.length > 0) changes.itemsAdded.push({ streamId: after.id, itemIds: added });
  if (removed.length > 0) changes.itemsRemoved.push({ streamId: after.id, itemIds: removed });
}

function dedupe(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
