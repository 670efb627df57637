import { z } from 'zod';

/** What every IPC call answers on failure: a code the page can act on and a sentence. */

/** `place`: where the problem lies in the editor's words (core/plan/problem-place.ts). */
const ProblemSchema = z.object({
  path: z.string(),
  message: z.string(),
  place: z.string().optional(),
});

export const IpcErrorCodeSchema = z.enum([
  'untrusted-sender',
  'unknown-channel',
  'invalid-request',
  'invalid-plan',
  'file-unreadable',
  'save-failed',
  'not-found',
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
