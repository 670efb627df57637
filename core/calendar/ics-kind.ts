import type { WindowKind } from '../plan/schema-calendar';

/** What an imported event becomes: a calendar window, or a public holiday. */
export type ImportedKind = WindowKind | 'holiday';
export const IMPORTED_KINDS: readonly ImportedKind[] = [
  'freeze',
  'blackout',
  'maintenance',
  'holiday',
];

/**
 * The words calendars use for each kind, tried in this order: a "maintenance window during the
 * freeze" is maintenance, a "holiday freeze" is a freeze (it stops changes; a holiday only
 * stops the working-day cadences).
 */
const KIND_WORDS: readonly [ImportedKind, RegExp][] = [
  ['maintenance', /\bmaintenance\b|\bmaint\b/iu],
  ['freeze', /\b(?:change\s*)?freeze\b|\bfrozen\b|\bmoratorium\b/iu],
  ['blackout', /\bblack[-\s]?out\b|\bno[-\s]change\b/iu],
  ['holiday', /\bholidays?\b|\bbank\s+holiday\b|\bday\s+off\b/iu],
];

/**
 * The kind of an event from its CATEGORIES first (what a tool sets on purpose), then from its
 * summary; null when neither says.
 */
export function kindOfEvent(categories: readonly string[], summary: string): ImportedKind | null {
  for (const category of categories) {
    const exact = IMPORTED_KINDS.find((kind) => kind === category.trim().toLowerCase());
    if (exact) return exact;
  }
  for (const source of [categories.join(' '), summary]) {
    for (const [kind, words] of KIND_WORDS) if (words.test(source)) return kind;
  }
  return null;
}

/** Categories of the events the app writes for its own schedule (runs, go-lives), not windows. */
export const RUN_CATEGORY = 'Stream run';
export const GO_LIVE_CATEGORY = 'Go-live';

/** An event the app wrote for a plan's schedule: reading it back as a window would block it. */
export function isScheduleEvent(categories: readonly string[]): boolean {
  return categories.some((category) => category === RUN_CATEGORY || category === GO_LIVE_CATEGORY);
}
