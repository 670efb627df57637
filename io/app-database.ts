import { copyFile, rename, stat } from 'node:fs/promises';
import { Low } from 'lowdb';
import type { Notice } from '../core/contract/app-data/documents';
import { migrateAppData } from './app-data-migrations';
import { APP_DATA_VERSION, AppDataSchema, defaultAppData, type AppData } from './app-data-schema';
import { AtomicJsonFile } from './app-database-file';
import {
  canSerialise,
  knownSectionsOnly,
  listPlaces,
  unreadableParts,
} from './app-database-damage';
import { fsErrorCode } from './fs-errors';

export {
  APP_DATA_VERSION,
  AppDataSchema,
  defaultAppData,
  type AppData,
  type SnapshotRecord,
} from './app-data-schema';

/**
 * The app's own data (not the user's plans), kept with lowdb in the userData folder: settings,
 * recent files, the default rule table, crash-recovery snapshots and the window's place.
 *
 * Opening never fails. A file that cannot be read or is not the app's data is moved aside as
 * a dated `.corrupt` copy and the app starts from defaults; a file written by a newer version
 * is copied aside before this version rewrites it. The caller tells the user once (`notices`).
 */
export const DEFAULT_APP_DATA: AppData = defaultAppData();

export interface OpenedAppDatabase {
  db: Low<AppData>;
  /** Set when the file could not be used: `movedTo` is absent when it could not be moved. */
  recoveredFrom?: { movedTo?: string; reason: string };
  /** The version the file had when it was migrated to the current one. */
  migratedFrom?: number;
  /** Set when the file came from a newer version of the app. */
  newerVersion?: { version: number; copiedTo?: string };
  /** What to tell the user, once. */
  notices: Notice[];
}

function datedSuffix(now: Date): string {
  return now.toISOString().replace(/[:.]/gu, '-');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    return fsErrorCode(error) !== 'ENOENT';
  }
}

export async function openAppDatabase(
  filePath: string,
  now = new Date(),
): Promise<OpenedAppDatabase> {
  // Low over our own adapter (not JSONFilePreset, which would read before we could look at what
  // is in the file, and is in-memory under vitest); it writes through writeFileAtomic.
  const db = new Low<AppData>(new AtomicJsonFile<AppData>(filePath), defaultAppData());
  let raw: unknown;
  try {
    raw = await db.adapter.read();
  } catch (error) {
    return setAside(db, filePath, now, readFailure(error));
  }
  if (raw === null) {
    // No file yet, or a file holding just `null`.
    if (!(await exists(filePath))) return { db, notices: [] };
    return setAside(db, filePath, now, 'it does not hold the app’s data');
  }
  if (!isRecord(raw)) return setAside(db, filePath, now, 'it does not hold the app’s data');
  return readRecord(db, filePath, now, raw);
}

/** A version that is there but not a whole number ("2") says nothing about the data's shape. */
function hasUnreadableVersion(raw: Record<string, unknown>): boolean {
  if (!('version' in raw)) return false;
  const { version } = raw;
  return !(typeof version === 'number' && Number.isInteger(version) && version >= 1);
}

async function readRecord(
  db: Low<AppData>,
  filePath: string,
  now: Date,
  raw: Record<string, unknown>,
): Promise<OpenedAppDatabase> {
  // Read as this version's data rather than migrated from version 1, which would reset settings.
  const badVersion = hasUnreadableVersion(raw);
  const migrated = migrateAppData(badVersion ? { ...raw, version: APP_DATA_VERSION } : raw);
  db.data = AppDataSchema.parse(migrated.data);
  const lost = [...(badVersion ? ['version'] : []), ...unreadableParts(migrated.data)];
  if (!canSerialise(db.data)) {
    db.data = knownSectionsOnly(db.data);
    lost.push('a part this version does not know, nested too deep to be saved again');
  }
  if (migrated.ok && lost.length > 0) {
    return { db, notices: [await keepDamagedCopy(filePath, now, lost)] };
  }
  if (!migrated.ok) {
    const copiedTo = `${filePath}.v${String(migrated.newerVersion)}.${datedSuffix(now)}.bak`;
    let copied = true;
    try {
      await copyFile(filePath, copiedTo);
    } catch {
      copied = false;
    }
    return {
      db,
      newerVersion: { version: migrated.newerVersion, ...(copied ? { copiedTo } : {}) },
      notices: [
        {
          level: 'warning',
          title: 'App data from a newer version',
          message: copied
            ? `Your settings were written by a newer version of Transition Studio. This version uses what it understands; the original was kept as ${copiedTo}.`
            : 'Your settings were written by a newer version of Transition Studio. This version uses what it understands.',
        },
      ],
    };
  }
  return migrated.migratedFrom === undefined
    ? { db, notices: [] }
    : { db, migratedFrom: migrated.migratedFrom, notices: [] };
}

/** The reason without the parser's detail (kept in `recoveredFrom.reason` for support). */
function plainReason(reason: string): string {
  return reason.startsWith('it is not valid JSON') ? 'it is damaged' : reason;
}

function readFailure(error: unknown): string {
  if (error instanceof SyntaxError) return `it is not valid JSON (${error.message})`;
  const code = fsErrorCode(error);
  return code === undefined
    ? error instanceof Error
      ? error.message
      : String(error)
    : `it could not be read (${code})`;
}

async function setAside(
  db: Low<AppData>,
  filePath: string,
  now: Date,
  reason: string,
): Promise<OpenedAppDatabase> {
  db.data = defaultAppData();
  const movedTo = `${filePath}.${datedSuffix(now)}.corrupt`;
  try {
    await rename(filePath, movedTo);
  } catch {
    return {
      db,
      recoveredFrom: { reason },
      notices: [
        {
          level: 'warning',
          title: 'Settings could not be read',
          message: `Transition Studio’s settings file ${filePath} could not be used (${plainReason(reason)}), so the app started with default settings.`,
        },
      ],
    };
  }
  return {
    db,
    recoveredFrom: { movedTo, reason },
    notices: [
      {
        level: 'warning',
        title: 'Settings were reset',
        message: `Transition Studio’s settings file could not be used (${plainReason(reason)}), so the app started with default settings and no recent files. The old file was kept as ${movedTo}.`,
      },
    ],
  };
}

/**
 * Keeps the file as it was beside it before the parts that could not be read are replaced by
 * their defaults at the next write, and says so.
 */
async function keepDamagedCopy(
  filePath: string,
  now: Date,
  lost: readonly string[],
): Promise<Notice> {
  const copiedTo = `${filePath}.${datedSuffix(now)}.unreadable`;
  const places = listPlaces(lost);
  try {
    await copyFile(filePath, copiedTo);
  } catch {
    return {
      level: 'warning',
      title: 'Part of the settings could not be read',
      message: `Part of Transition Studio’s own data could not be read (${places}); the rest was kept. Those parts start from their defaults, and no copy of the file could be made.`,
    };
  }
  return {
    level: 'warning',
    title: 'Part of the settings could not be read',
    message: `Part of Transition Studio’s own data could not be read (${places}); the rest was kept and those parts start from their defaults. The file as it was is kept as ${copiedTo}.`,
  };
}
