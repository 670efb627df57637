import { z } from 'zod';
import { FileStampSchema, RecentFileSchema } from '../core/contract/app-data/documents';
import {
  DEFAULT_SETTINGS,
  ExportDefaultsSchema,
  ThemeSchema,
  VocabularySchema,
  type Settings,
} from '../core/contract/app-data/settings';
import { StoredPlanSourceSchema } from '../core/contract/ipc/contract';
import { ConversionRuleSchema } from '../core/plan/schema';
import { MAX_RECENT_FILES } from './recent-files';

/**
 * The app database's shape, version 2. Loading is lenient section by section and entry by
 * entry: a hand-edited or damaged part falls back to its default alone, and the rest is kept.
 */
export const APP_DATA_VERSION = 2;

const RectangleSchema = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number().positive(),
  height: z.number().positive(),
});

export const WindowStateSchema = z.object({ bounds: RectangleSchema, maximized: z.boolean() });
export type WindowState = z.infer<typeof WindowStateSchema>;

/** A crash-recovery copy of an unsaved document. */
export const SnapshotRecordSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  source: StoredPlanSourceSchema,
  /** The file version the edits started from, so that a save after recovery still detects
   * another program's changes. */
  baseStamp: FileStampSchema.nullable(),
  planText: z.string(),
  savedAt: z.string(),
  openedAt: z.string(),
});

export type SnapshotRecord = z.infer<typeof SnapshotRecordSchema>;

/**
 * What the database keeps of a recovery copy: everything but the plan text, which is a file of
 * its own in the recovery folder beside the database (a 45 MB plan made every settings write
 * rewrite 45 MB).
 */
export const RecoveryIndexEntrySchema = SnapshotRecordSchema.omit({ planText: true }).extend({
  /** The copy's file name in the recovery folder: the document id, so never a path. */
  file: z.string().regex(/^[A-Za-z0-9_-]{1,64}\.json$/u),
  bytes: z.number().int().min(0),
});
export type RecoveryIndexEntry = z.infer<typeof RecoveryIndexEntrySchema>;

/** A copy of version 2, held in the database itself; moved to its own file at start. */
export const StoredSnapshotSchema = z.union([RecoveryIndexEntrySchema, SnapshotRecordSchema]);

/** Recovery copies removed to stay under the cap, told to the user at the next start. */
export const RecoveryEvictionSchema = z.object({ title: z.string(), savedAt: z.string() });
export type RecoveryEviction = z.infer<typeof RecoveryEvictionSchema>;

/** Keeps the entries that fit the schema and drops the others, one by one. */
function lenientList<T extends z.ZodType>(entry: T, max?: number) {
  return z
    .array(z.unknown())
    .catch([])
    .transform((items) => {
      const kept = items.flatMap((item) => {
        const parsed = entry.safeParse(item);
        return parsed.success ? [parsed.data] : [];
      });
      return max === undefined ? kept : kept.slice(0, max);
    });
}

const StoredExportDefaultsSchema = z
  .object({
    format: ExportDefaultsSchema.shape.format.catch(DEFAULT_SETTINGS.exportDefaults.format),
    scale: ExportDefaultsSchema.shape.scale.catch(DEFAULT_SETTINGS.exportDefaults.scale),
    background: ExportDefaultsSchema.shape.background.catch(
      DEFAULT_SETTINGS.exportDefaults.background,
    ),
    padding: ExportDefaultsSchema.shape.padding.catch(DEFAULT_SETTINGS.exportDefaults.padding),
  })
  .catch(DEFAULT_SETTINGS.exportDefaults);

const StoredSettingsSchema = z
  .object({
    theme: ThemeSchema.catch(DEFAULT_SETTINGS.theme),
    exportDefaults: StoredExportDefaultsSchema,
    vocabulary: VocabularySchema.catch(DEFAULT_SETTINGS.vocabulary),
    backups: z.boolean().catch(DEFAULT_SETTINGS.backups),
    defaultConversionRules: z
      .array(ConversionRuleSchema)
      .nullable()
      .catch(DEFAULT_SETTINGS.defaultConversionRules),
  })
  .catch(() => structuredClone(DEFAULT_SETTINGS)) satisfies z.ZodType<Settings>;

/** Sections this version does not know are kept (a newer app may have written them). */
export const AppDataSchema = z.looseObject({
  version: z.literal(APP_DATA_VERSION).catch(APP_DATA_VERSION),
  window: WindowStateSchema.optional().catch(undefined),
  settings: StoredSettingsSchema,
  recentFiles: lenientList(RecentFileSchema, MAX_RECENT_FILES),
  snapshots: lenientList(StoredSnapshotSchema),
  recoveryEvictions: lenientList(RecoveryEvictionSchema),
});

export type AppData = z.infer<typeof AppDataSchema>;

export function defaultAppData(): AppData {
  return {
    version: APP_DATA_VERSION,
    settings: structuredClone(DEFAULT_SETTINGS),
    recentFiles: [],
    snapshots: [],
    recoveryEvictions: [],
  };
}
