import { z } from 'zod';
import { FileStampSchema, RecentFileSchema } from '../app-data/documents';
import { PlanSchema } from '../../plan/schema';
import { IpcErrorSchema } from './ipc-error';

/** How a document's file is named across IPC: grants for the page, paths only in main. */

/**
 * A file the user chose (native dialog, recent list, OS open, dropped file), named by the id
 * main gave it. Requests name files only this way: main keeps the path, the page cannot make
 * one up (docs/security.md, "Grants").
 */
export const GrantIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/u, 'must be a file grant id');

const NewSourceSchema = z.object({ kind: z.literal('new'), name: z.string() });
const SampleSourceSchema = z.object({ kind: z.literal('sample'), name: z.string() });

/** Where a document came from, as main answers it; `path` is for showing, never sent back. */
export const PlanSourceSchema = z.discriminatedUnion('kind', [
  NewSourceSchema,
  SampleSourceSchema,
  z.object({
    kind: z.literal('file'),
    name: z.string(),
    grant: GrantIdSchema,
    path: z.string(),
    /** The version of the file the plan was read from or last saved as. */
    stamp: FileStampSchema.optional(),
  }),
]);

/** A document's source as main keeps it (snapshots in the app database): the path, no grant. */
export const StoredPlanSourceSchema = z.discriminatedUnion('kind', [
  NewSourceSchema,
  SampleSourceSchema,
  z.object({
    kind: z.literal('file'),
    name: z.string(),
    path: z.string(),
    stamp: FileStampSchema.optional(),
  }),
]);

/** A document's source as the page names it in a request: a grant, never a path. */
export const RequestSourceSchema = z.discriminatedUnion('kind', [
  NewSourceSchema.extend({ name: z.string().max(500) }).strict(),
  SampleSourceSchema.extend({ name: z.string().max(500) }).strict(),
  z.object({ kind: z.literal('file'), name: z.string().max(500), grant: GrantIdSchema }).strict(),
]);

/**
 * A recent file as the page sees it: what to show, the grant to open it with, and whether it was
 * gone when the list was asked for (kept and shown as missing, never dropped behind the user's back).
 */
export const RecentFileEntrySchema = RecentFileSchema.extend({
  grant: GrantIdSchema,
  missing: z.boolean(),
});

export const PlanDocumentSchema = z.object({ plan: PlanSchema, source: PlanSourceSchema });

/**
 * A file the OS, the Open Recent menu or a second launch asked to open, as main opened it
 * (read and validated by the one plan reader): the document, or why the file could not be.
 */
export const OpenedFileSchema = z.union([
  z.object({ document: PlanDocumentSchema }).strict(),
  z.object({ name: z.string(), error: IpcErrorSchema }).strict(),
]);

export type PlanSource = z.infer<typeof PlanSourceSchema>;
export type StoredPlanSource = z.infer<typeof StoredPlanSourceSchema>;
export type RequestSource = z.infer<typeof RequestSourceSchema>;
export type RecentFileEntry = z.infer<typeof RecentFileEntrySchema>;
export type PlanDocument = z.infer<typeof PlanDocumentSchema>;
export type OpenedFile = z.infer<typeof OpenedFileSchema>;
