import { MAX_EXPORT_BYTES } from '../../../core/contract/ipc/export-contract';
import type { FileExportFormat } from '../../../core/export/file-names';
import { isIcsCalendar } from '../../../core/calendar/ics-read';
import { UserFacingError } from '../ipc/user-facing-error';
import { isPng, sanitizedSvgOrRefuse } from './checked-images';

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function checkSize(format: FileExportFormat, bytes: number): void {
  const limit = MAX_EXPORT_BYTES[format];
  if (bytes > limit) {
    throw new UserFacingError(
      'invalid-request',
      `The ${format.toUpperCase()} to export is ${megabytes(bytes)}, more than the ${megabytes(limit)} an export may have, so it was not saved.`,
    );
  }
}

/**
 * The bytes to write for an export. The contract has checked the encoding; this checks that
 * the content is what its format claims and within its size, and makes an SVG safe to open in
 * a browser, so a confused or hostile page cannot save script under a diagram's name.
 */
export async function exportBytes(
  format: FileExportFormat,
  data: string,
  log: (message: string) => void = (message) => {
    console.warn(`[export] ${message}`);
  },
): Promise<Uint8Array | string> {
  switch (format) {
    case 'png': {
      const bytes = Buffer.from(data, 'base64');
      checkSize(format, bytes.length);
      if (!isPng(bytes)) {
        throw new UserFacingError('invalid-request', 'The image to export is not a PNG.');
      }
      return bytes;
    }
    case 'svg': {
      checkSize(format, Buffer.byteLength(data));
      const svg = await sanitizedSvgOrRefuse(
        data,
        {
          subject: 'The SVG to export',
          outcome: 'so it was not saved',
          notSvg: 'The image to export is not an SVG.',
        },
        log,
      );
      // What is written is the sanitiser's own serialisation, never the page's bytes.
      return `${svg}\n`;
    }
    case 'mmd':
    case 'md':
      checkSize(format, Buffer.byteLength(data));
      return data;
    case 'ics':
      checkSize(format, Buffer.byteLength(data));
      if (!isIcsCalendar(data)) {
        throw new UserFacingError('invalid-request', 'The schedule to export is not iCalendar.');
      }
      return data;
  }
}
