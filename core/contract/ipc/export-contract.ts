import { z } from 'zod';
import {
  FILE_EXPORT_FORMATS,
  MAX_EXPORT_FILE_NAME,
  hasExtension,
  isSafeFileName,
} from '../../export/file-names';

/** Requests of the export channels; kept beside the contract so that it stays readable. */

/** A 4× PNG of a large diagram is a few MB; anything near this cap is a bug or an attack. */
export const MAX_EXPORT_DATA_CHARS = 60 * 1024 * 1024;

/**
 * The largest file each export format may write (main checks before writing). Diagrams of the
 * largest plans the app draws stay well below: a few MB of SVG, a 4× PNG of tens of MB.
 */
export const MAX_EXPORT_BYTES = {
  svg: 20 * 1024 * 1024,
  png: 40 * 1024 * 1024,
  mmd: 5 * 1024 * 1024,
  md: 25 * 1024 * 1024,
  ics: 25 * 1024 * 1024,
} as const satisfies Record<(typeof FILE_EXPORT_FORMATS)[number], number>;

export const ExportFormatSchema = z.enum(FILE_EXPORT_FORMATS);

const FileNameSchema = z
  .string()
  .max(MAX_EXPORT_FILE_NAME)
  .refine(isSafeFileName, 'must be a plain file name (no folder, no reserved characters)');

/**
 * Base64 without line breaks, as FileReader.readAsDataURL gives it. A loop, not a regular
 * expression: a regex over a multi-megabyte string overflows the stack.
 */
export function isBase64(text: string): boolean {
  if (text.length % 4 !== 0) return false;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  for (let index = 0; index < text.length - padding; index += 1) {
    const code = text.charCodeAt(index);
    const valid =
      (code >= 65 && code <= 90) || // A-Z
      (code >= 97 && code <= 122) || // a-z
      (code >= 48 && code <= 57) || // 0-9
      code === 43 || // +
      code === 47; // /
    if (!valid) return false;
  }
  return true;
}

const exportPayload = {
  format: ExportFormatSchema,
  /** Text for svg, mmd and md; base64 for png (the E2E transport carries JSON only). */
  data: z.string().min(1).max(MAX_EXPORT_DATA_CHARS),
};

function checkPayload(
  request: { format: z.infer<typeof ExportFormatSchema>; data: string; name: string },
  context: z.RefinementCtx,
  nameKey: 'suggestedName' | 'fileName',
): void {
  if (!hasExtension(request.name, request.format)) {
    context.addIssue({
      code: 'custom',
      path: [nameKey],
      message: `must end with .${request.format}`,
    });
  }
  if (request.format === 'png' && !isBase64(request.data)) {
    context.addIssue({ code: 'custom', path: ['data'], message: 'must be base64 for a PNG' });
  }
}

export const ExportFileRequestSchema = z
  .object({ suggestedName: FileNameSchema, ...exportPayload })
  .strict()
  .superRefine((request, context) => {
    checkPayload({ ...request, name: request.suggestedName }, context, 'suggestedName');
  });

export const ExportToFolderRequestSchema = z
  .object({ folderId: z.string().min(1).max(100), fileName: FileNameSchema, ...exportPayload })
  .strict()
  .superRefine((request, context) => {
    checkPayload({ ...request, name: request.fileName }, context, 'fileName');
  });

export type ExportFileRequest = z.infer<typeof ExportFileRequestSchema>;
export type ExportToFolderRequest = z.infer<typeof ExportToFolderRequestSchema>;
