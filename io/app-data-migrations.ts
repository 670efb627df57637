import { DEFAULT_SETTINGS } from '../core/contract/app-data/settings';
import { APP_DATA_VERSION } from './app-data-schema';

type Data = Record<string, unknown>;

/**
 * Each step takes the app database from version `n` to `n + 1`, keeping every field it does not
 * rewrite, so that nothing the user had is lost on the way.
 */
const MIGRATIONS: ReadonlyMap<number, (data: Data) => Data> = new Map([
  [
    1,
    // Version 1 held the window and the recent files; version 2 adds settings and snapshots.
    (data: Data): Data => ({
      ...data,
      version: 2,
      settings: structuredClone(DEFAULT_SETTINGS),
      snapshots: [],
    }),
  ],
]);

export type AppDataMigration =
  { ok: true; data: Data; migratedFrom?: number } | { ok: false; newerVersion: number; data: Data };

/**
 * Brings stored data to the current version. A file without a version predates versioning (v1).
 * A file from a newer app is returned as it is, flagged, for the caller to keep a copy of.
 */
export function migrateAppData(data: Data): AppDataMigration {
  const stored = data.version;
  const version =
    typeof stored === 'number' && Number.isInteger(stored) && stored >= 1 ? stored : 1;
  if (version > APP_DATA_VERSION) return { ok: false, newerVersion: version, data };
  let current = data;
  for (let step = version; step < APP_DATA_VERSION; step += 1) {
    const migrate = MIGRATIONS.get(step);
    if (!migrate) throw new Error(`No app data migration from version ${String(step)}.`);
    current = migrate(current);
  }
  return version === APP_DATA_VERSION
    ? { ok: true, data: current }
    : { ok: true, data: current, migratedFrom: version };
}
