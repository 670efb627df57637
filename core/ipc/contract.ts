import { z } from 'zod';
import { PlanSchema } from '../plan/schema';
import { ExportFileRequestSchema, ExportToFolderRequestSchema } from './export-contract';
import type { EventChannel, InvokeChannel } from './channels';

/** The one IPC contract: every channel, what it accepts and what it answers. */

const ProblemSchema = z.object({ path: z.string(), message: z.string() });

export const PlanSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('new'), name: z.string() }),
  z.object({ kind: z.literal('sample'), name: z.string() }),
  z.object({ kind: z.literal('file'), name: z.string(), path: z.string() }),
]);

export const PlanDocumentSchema = z.object({ plan: PlanSchema, source: PlanSourceSchema });

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
  'undo',
  'redo',
  'convert',
  'export',
]);

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
} as const satisfies Record<InvokeChannel, { request: z.ZodType; response: z.ZodType }>;

export const eventContract = {
  menuCommand: MenuCommandSchema,
} as const satisfies Record<EventChannel, z.ZodType>;

export const IpcErrorCodeSchema = z.enum([
  'untrusted-sender',
  'unknown-channel',
  'invalid-request',
  'invalid-plan',
  'file-unreadable',
  'failed',
]);

export const IpcErrorSchema = z.object({
  code: IpcErrorCodeSchema,
  message: z.string(),
  problems: z.array(ProblemSchema).optional(),
});

export type IpcError = z.infer<typeof IpcErrorSchema>;
export type IpcErrorCode = z.infer<typeof IpcErrorCodeSchema>;
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export type RequestOf<C extends InvokeChannel> = z.input<(typeof invokeContract)[C]['request']>;
export type ResponseOf<C extends InvokeChannel> = z.output<(typeof invokeContract)[C]['response']>;
export type EventPayloadOf<E extends EventChannel> = z.output<(typeof eventContract)[E]>;

export type PlanDocument = z.infer<typeof PlanDocumentSchema>;
export type PlanSource = z.infer<typeof PlanSourceSchema>;
export type AppInfo = z.infer<typeof AppInfoSchema>;
export type MenuCommand = z.infer<typeof MenuCommandSchema>;

/** What `window.studio` offers: one function per invoke channel, and `on` for events. */
export type StudioApi = {
  readonly [C in InvokeChannel]: RequestOf<C> extends undefined
    ? () => Promise<IpcResult<ResponseOf<C>>>
    : (request: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>;
} & {
  readonly on: <E extends EventChannel>(
    event: E,
    listener: (payload: EventPayloadOf<E>) => void,
  ) => () => void;
};
