import { z } from 'zod';

/**
 * What identifies one version of a plan file: the size and modification time are cheap to
 * compare, the SHA-256 of its bytes settles it when they differ (a `touch`, a copy that keeps
 * the content, a file system with coarse times).
 */
export const FileStampSchema = z.object({
  size: z.number().int().min(0),
  mtimeMs: z.number().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/u),
});
export type FileStamp = z.infer<typeof FileStampSchema>;

export const RecentFileSchema = z.object({
  path: z.string().min(1),
  name: z.string(),
  /** The plan's title when it was last opened or saved: how the user knows the file. */
  title: z.string().max(500).optional(),
  /** ISO date-time of the last open or save. */
  openedAt: z.string(),
});
export type RecentFile = z.infer<typeof RecentFileSchema>;

/** The largest plan text a snapshot may hold: the same limit as a plan file. */
export const MAX_PLAN_TEXT_CHARS = 50 * 1024 * 1024;

/** Something the user should hear about once, at start-up (shown as a notification). */
export const NoticeSchema = z.object({
  level: z.enum(['info', 'warning']),
  title: z.string(),
  message: z.string(),
});
export type Notice = z.infer<typeof NoticeSchema>;

/** The id the renderer gives an open document, used to key its recovery snapshot. */
export const DocumentIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/u);
