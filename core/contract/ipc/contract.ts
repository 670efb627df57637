import { z } from 'zod';
import { DocumentIdSchema, MAX_PLAN_TEXT_CHARS, NoticeSchema } from '../app-data/documents';
import { SettingsPatchSchema, SettingsSchema } from '../app-data/settings';
import { PlanSchema } from '../../plan/schema';
import { ExportFileRequestSchema, ExportToFolderRequestSchema } from './export-contract';
import { calendarContract } from './calendar-contract';
import { importContract } from './import-contract';
import { reportContract } from './report-contract';
import type { EventChannel, InvokeChannel, SendChannel } from './channels';
import type { IpcResult } from './ipc-error';
import {
  GrantIdSchema,
  OpenedFileSchema,
  PlanDocumentSchema,
  PlanSourceSchema,
  RecentFileEntrySchema,
  RequestSourceSchema,
  StoredPlanSourceSchema,
} from './document-sources';

export * from './document-sources';
export * from './ipc-error';

/** The one IPC contract: every channel, what it accepts and what it answers. */

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  runtime: z.enum(['electron', 'browser-harness']),
});

export const MenuCommandSchema = z.enum([
  'new',
  'open',
  'openSample',
  'save',
  'saveAs',
  'undo',
  'redo',
  'convert',
  'export',
  'import',
  'importCalendar',
  'exportSchedule',
  'exportReport',
]);

/** A file's path as the preload resolved it for a dropped file (the one path a request has). */
const DroppedPathSchema = z
  .string()
  .min(1)
  .max(4096)
  .refine((path) => !path.includes('\0'), 'must not contain a NUL character');

/** A file name main may suggest in a dialog: no folder, no NUL. */
const SuggestedNameSchema = z
  .string()
  .max(255)
  .refine((name) => !/[\0/\\]/u.test(name), 'must be a file name without a folder');

const DocumentAnswerSchema = z.object({ document: PlanDocumentSchema });

/** A save that happened: the document's new source (with the new stamp). */
export const SavedAnswerSchema = z.object({
  saved: z.object({
    source: PlanSourceSchema,
    /** Where the replaced version was kept, when backups are on and there was one. */
    backupPath: z.string().optional(),
  }),
});

/** A save that did not happen because another program changed or removed the file. */
export const SaveConflictSchema = z.object({
  reason: z.enum(['changed', 'deleted']),
  path: z.string(),
  name: z.string(),
  message: z.string(),
});

export const SaveOutcomeSchema = z.union([
  SavedAnswerSchema,
  z.object({ conflict: SaveConflictSchema }),
]);

export const SnapshotSummarySchema = z.object({
  id: DocumentIdSchema,
  title: z.string(),
  source: StoredPlanSourceSchema,
  savedAt: z.string(),
  openedAt: z.string(),
});

export const StartupStateSchema = z.object({
  /** Things to tell the user once (the app database was reset, …). */
  notices: z.array(NoticeSchema),
  /**
   * The plan file the operating system asked the app to open before the page was ready, as
   * main opened it; the newest only, since one plan is open at a time.
   */
  fileOpened: OpenedFileSchema.nullable(),
});

export const DocumentStateSchema = z
  .object({
    /** What the window title shows: the file name, or the plan title for an unsaved plan. */
    name: z.string().max(500),
    dirty: z.boolean(),
    /** The file the document belongs to, watched for changes by other programs. */
    grant: GrantIdSchema.nullable(),
    /** What Undo and Redo would do ("Rename stream"), for the Edit menu; null: nothing to do. */
    undo: z.string().max(200).nullable().optional(),
    redo: z.string().max(200).nullable().optional(),
  })
  .strict();

export const invokeContract = {
  getAppInfo: { request: z.undefined(), response: AppInfoSchema },
  openSamplePlan: { request: z.undefined(), response: PlanDocumentSchema },
  /** Shows the native open dialog; `document: null` when the user cancelled. */
  openPlan: {
    request: z.undefined(),
    response: z.object({ document: PlanDocumentSchema.nullable() }),
  },
  openExternal: {
    request: z.object({ url: z.string().max(2048) }).strict(),
    response: z.object({ opened: z.boolean() }),
  },
  /** Shows the native save dialog, then writes atomically; `path: null` when cancelled. */
  exportFile: {
    request: ExportFileRequestSchema,
    response: z.object({ path: z.string().nullable() }),
  },
  /**
   * Shows the native folder dialog. The renderer gets a grant id, never a path it could reuse
   * elsewhere: `exportToFolder` writes only into folders the user chose in this session.
   */
  chooseExportFolder: {
    request: z.undefined(),
    response: z.object({
      folder: z.object({ id: z.string(), name: z.string() }).nullable(),
    }),
  },
  /** Writes one file into a chosen folder under a free name (never over an existing file). */
  exportToFolder: {
    request: ExportToFolderRequestSchema,
    response: z.object({ path: z.string(), name: z.string() }),
  },
  /** Opens an entry of the recent files; a file that is gone leaves the list. */
  openRecent: {
    request: z.object({ grant: GrantIdSchema }).strict(),
    response: DocumentAnswerSchema,
  },
  /** Reads the open document's own file again (reload after a change on disk). */
  openFile: {
    request: z.object({ grant: GrantIdSchema }).strict(),
    response: DocumentAnswerSchema,
  },
  /**
   * Opens a file dropped on the window. Not on `window.studio` as such: the preload resolves
   * the dropped File to its path (webUtils) and sends it; the page only hands over the File.
   */
  openDroppedFile: {
    request: z.object({ droppedPath: DroppedPathSchema }).strict(),
    response: DocumentAnswerSchema,
  },
  /**
   * Saves over the granted file, unless another program changed it since main last read or
   * wrote it (then a conflict, not an error); `overwrite` replaces it anyway.
   */
  savePlan: {
    request: z
      .object({ grant: GrantIdSchema, plan: PlanSchema, overwrite: z.boolean().optional() })
      .strict(),
    response: SaveOutcomeSchema,
  },
  /**
   * Shows the native save dialog and saves there (never over the document's own file unless
   * the user picks it); `cancelled` when the user cancelled.
   */
  savePlanAs: {
    request: z
      .object({
        plan: PlanSchema,
        suggestedName: SuggestedNameSchema,
        /** The document's own file: the dialog starts in its folder. */
        near: GrantIdSchema.optional(),
      })
      .strict(),
    response: z.union([
      SavedAnswerSchema,
      z.object({ conflict: SaveConflictSchema }),
      z.object({ cancelled: z.literal(true) }),
    ]),
  },
  /** The recent files, most recent first; files that no longer exist are dropped. */
  listRecentFiles: {
    request: z.undefined(),
    response: z.object({ files: z.array(RecentFileEntrySchema) }),
  },
  getSettings: { request: z.undefined(), response: SettingsSchema },
  updateSettings: { request: SettingsPatchSchema, response: SettingsSchema },
  /** Keeps a crash-recovery copy of an unsaved document (one per document id). */
  putSnapshot: {
    request: z
      .object({
        id: DocumentIdSchema,
        title: z.string().max(500),
        source: RequestSourceSchema,
        planText: z.string().max(MAX_PLAN_TEXT_CHARS),
        openedAt: z.string().max(40),
      })
      .strict(),
    response: z.object({ savedAt: z.string() }),
  },
  /** Unsaved documents a previous run left behind (it crashed or was killed). */
  listRecoverableSnapshots: {
    request: z.undefined(),
    response: z.object({ snapshots: z.array(SnapshotSummarySchema) }),
  },
  /** The document a snapshot holds, to be shown with its edits unsaved. */
  restoreSnapshot: {
    request: z.object({ id: DocumentIdSchema }).strict(),
    response: z.object({ document: PlanDocumentSchema, savedAt: z.string() }),
  },
  discardSnapshot: {
    request: z.object({ id: DocumentIdSchema }).strict(),
    response: z.object({ discarded: z.boolean() }),
  },
  /** Notices and files to open that arrived before the page was ready; each given once. */
  takeStartupState: { request: z.undefined(), response: StartupStateSchema },
  ...importContract,
  ...calendarContract,
  ...reportContract,
} as const satisfies Record<InvokeChannel, { request: z.ZodType; response: z.ZodType }>;

/** One-way messages (GitHub Desktop's send/on): validated by main like requests, not answered. */
export const sendContract = {
  /** What the window shows (title, unsaved mark) and which file main watches. */
  reportDocumentState: DocumentStateSchema,
  /** The renderer's answer to `closeRequested`: close (saved or discarded) or stay open. */
  answerCloseRequest: z.object({ proceed: z.boolean() }).strict(),
} as const satisfies Record<SendChannel, z.ZodType>;

export const eventContract = {
  menuCommand: MenuCommandSchema,
  /** The OS, the Open Recent menu or a second launch asked to open a file: main opened it. */
  fileOpened: OpenedFileSchema,
  /** Another program changed or removed the open document's file. */
  fileChangedOnDisk: z.object({ path: z.string(), reason: z.enum(['changed', 'deleted']) }),
  /** The user is closing the window or quitting with unsaved changes: answer with
   * `answerCloseRequest`. */
  closeRequested: z.object({ quitting: z.boolean() }),
  recentFilesChanged: z.object({ files: z.array(RecentFileEntrySchema) }),
} as const satisfies Record<EventChannel, z.ZodType>;

export type RequestOf<C extends InvokeChannel> = z.input<(typeof invokeContract)[C]['request']>;
export type ResponseOf<C extends InvokeChannel> = z.output<(typeof invokeContract)[C]['response']>;
export type EventPayloadOf<E extends EventChannel> = z.output<(typeof eventContract)[E]>;
export type SendPayloadOf<C extends SendChannel> = z.input<(typeof sendContract)[C]>;

export type AppInfo = z.infer<typeof AppInfoSchema>;
export type MenuCommand = z.infer<typeof MenuCommandSchema>;
export type SaveOutcome = z.infer<typeof SaveOutcomeSchema>;
export type SaveConflict = z.infer<typeof SaveConflictSchema>;
export type SnapshotSummary = z.infer<typeof SnapshotSummarySchema>;
export type StartupState = z.infer<typeof StartupStateSchema>;
export type DocumentState = z.infer<typeof DocumentStateSchema>;

/** Channels the page does not call with a request of its own (the preload builds it). */
type PreloadBuiltChannel = 'openDroppedFile';

/** What `window.studio` offers: one function per invoke channel, and `on` for events. */
export type StudioApi = {
  readonly [C in Exclude<InvokeChannel, PreloadBuiltChannel>]: RequestOf<C> extends undefined
    ? () => Promise<IpcResult<ResponseOf<C>>>
    : (request: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>;
} & {
  readonly [C in SendChannel]: (message: SendPayloadOf<C>) => void;
} & {
  readonly on: <E extends EventChannel>(
    event: E,
    listener: (payload: EventPayloadOf<E>) => void,
  ) => () => void;
  /**
   * Opens a file dropped on the window. The preload learns its path with Electron's
   * webUtils.getPathForFile; the page never sees or names a path.
   */
  readonly openDroppedFile: (
    file: DroppedFile,
  ) => Promise<IpcResult<ResponseOf<'openDroppedFile'>>>;
};

/** The part of a DOM `File` the bridge needs to know of (core has no DOM types). */
export interface DroppedFile {
  readonly name: string;
  readonly size: number;
}
