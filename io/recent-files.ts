import { basename } from 'node:path';
import type { RecentFile } from '../core/contract/app-data/documents';
import { pathKey } from './keyed-queue';

export const MAX_RECENT_FILES = 10;

/** `path` moved to the top of the list (added if new), the list capped at ten. */
export function withRecentFile(
  list: readonly RecentFile[],
  path: string,
  openedAt: Date,
): RecentFile[] {
  const key = pathKey(path);
  const entry: RecentFile = { path, name: basename(path), openedAt: openedAt.toISOString() };
  return [entry, ...list.filter((file) => pathKey(file.path) !== key)].slice(0, MAX_RECENT_FILES);
}

export function withoutRecentFile(list: readonly RecentFile[], path: string): RecentFile[] {
  const key = pathKey(path);
  return list.filter((file) => pathKey(file.path) !== key);
}
