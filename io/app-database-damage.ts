import { z } from 'zod';
import { RecentFileSchema } from '../core/contract/app-data/documents';
import { SettingsSchema } from '../core/contract/app-data/settings';
import { formatPath } from '../core/plan/problems';
import {
  RecoveryEvictionSchema,
  StoredSnapshotSchema,
  WindowStateSchema,
  type AppData,
} from './app-data-schema';

/**
 * What loading the app database would lose without a word. Loading is lenient (a bad entry
 * falls back alone, see app-data-schema.ts); this says which parts fell back, so that the file
 * is kept aside as a copy and the user is told before the next write erases them.
 */
const KNOWN_SECTIONS = [
  'version',
  'window',
  'settings',
  'recentFiles',
  'snapshots',
  'recoveryEvictions',
] as const;

/** A missing section loses nothing (it starts from its default); a damaged one does. */
const StrictSectionsSchema = z.object({
  window: WindowStateSchema.optional(),
  settings: SettingsSchema.optional(),
  recentFiles: z.array(RecentFileSchema).optional(),
  snapshots: z.array(StoredSnapshotSchema).optional(),
  recoveryEvictions: z.array(RecoveryEvictionSchema).optional(),
});

/** Plain words for the places that could not be read: "snapshots[1].openedAt". */
export function unreadableParts(migrated: Record<string, unknown>): string[] {
  const result = StrictSectionsSchema.safeParse(migrated);
  if (result.success) return [];
  const places = new Set(result.error.issues.map((issue) => formatPath(issue.path)));
  return [...places];
}

/** Whether the data can be written at all (a 10,000-level nested field overflows the stack). */
export function canSerialise(data: unknown): boolean {
  try {
    JSON.stringify(data);
    return true;
  } catch {
    return false;
  }
}

/** The data without the sections this version does not know, for when those cannot be written. */
export function knownSectionsOnly(data: AppData): AppData {
  const kept: Record<string, unknown> = {};
  for (const key of KNOWN_SECTIONS) if (key in data) kept[key] = data[key];
  return kept as AppData;
}

/** "snapshots[1].openedAt, settings.theme and 3 more" */
export function listPlaces(places: readonly string[], shown = 5): string {
  const named = places.slice(0, shown).map((place) => (place === '' ? 'the whole file' : place));
  const rest = places.length - named.length;
  return rest > 0 ? `${named.join(', ')} and ${String(rest)} more` : named.join(', ');
}
