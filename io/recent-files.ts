import { basename } from 'node:path';
import type { RecentFile } from '../core/contract/app-data/documents';
import { pathKey } from './keyed-queue';

export const MAX_RECENT_FILES = 10;

/** Titles are shown in a list: a pasted essay is cut, never stored whole. */
const MAX_TITLE_CHARS = 200;

/**
 * `path` moved to the top of the list (added if new), the list capped at ten. `title` is the
 * plan's title as opened or saved; without one the entry keeps the title it had.
 */
export function withRecentFile(
  list: readonly RecentFile[],
  path: string,
  openedAt: Date,
  title?: string,
): RecentFile[] {
  const key = pathKey(path);
  const previous = list.find((file) => pathKey(file.path) === key);
  const shownTitle = (title ?? previous?.title)?.trim().slice(0, MAX_TITLE_CHARS);
  const entry: RecentFile = {
    path,
    name: basename(path),
    ...(shownTitle ? { title: shownTitle } : {}),
    openedAt: openedAt.toISOString(),
  };
  return [entry, ...list.filter((file) => pathKey(file.path) !== key)].slice(0, MAX_RECENT_FILES);
}

export function withoutRecentFile(list: readonly RecentFile[], path: string): RecentFile[] {
  const key = pathKey(path);
  return list.filter((file) => pathKey(file.path) !== key);
}
