import type { Stream } from '../plan/schema';
import { jsonEqual } from './json-equal';
import { MERGED_FIELDS, type MergedField } from './merge-fields';

/**
 * Which of a derived stream's fields differ from what the last conversion gave it (its
 * baseline), and whether items were moved in or out by hand. Items that left the packaged
 * plan left their streams with them and are no hand edit. Null for a stream added by hand.
 */
export function streamHandEdits(
  stream: Stream,
  exists: (itemId: string) => boolean,
): { fields: MergedField[]; items: boolean } | null {
  const baseline = stream.derivedFrom?.baseline;
  if (!baseline) return null;
  const fields = MERGED_FIELDS.filter((field) => !jsonEqual(stream[field], baseline[field]));
  const current = new Set(stream.sourceItemIds);
  const before = new Set(baseline.sourceItemIds);
  const items =
    stream.sourceItemIds.some((id) => !before.has(id)) ||
    baseline.sourceItemIds.some((id) => !current.has(id) && exists(id));
  return { fields, items };
}
