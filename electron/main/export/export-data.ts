import { MAX_EXPORT_BYTES } from '../../../core/contract/ipc/export-contract';
import type { ExportFormat } from '../../../core/export/file-names';
import { UserFacingError } from '../ipc/user-facing-error';
import { sanitizeSvg } from './svg-sanitizer';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function checkSize(format: ExportFormat, bytes: number): void {
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
  format: ExportFormat,
  data: string,
  log: (message: string) => void = (message) => {
    console.warn(`[export] ${message}`);
  },
): Promise<Uint8Array | string> {
  switch (format) {
    case 'png': {
      const bytes = Buffer.from(data, 'base64');
      checkSize(format, bytes.length);
      if (!PNG_SIGNATURE.every((byte, index) => bytes[index] === byte)) {
        throw new UserFacingError('invalid-request', 'The image to export is not a PNG.');
      }
      return bytes;
    }
    case 'svg': {
      checkSize(format, Buffer.byteLength(data));
      if (!/^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/u.test(data)) {
        throw new UserFacingError('invalid-request', 'The image to export is not an SVG.');
      }
      const { svg, removed } = await sanitizeSvg(data);
      if (!svg.startsWith('<svg')) {
        throw new UserFacingError('invalid-request', 'The image to export is not an SVG.');
      }
      // The app's own diagrams never hold anything the sanitiser takes out: if it took
      // something, the page is confused or hostile, and nothing is written.
      const dropped = [...new Set(removed.filter((name) => name.toLowerCase() !== 'body'))];
      if (dropped.length > 0) {
        log(`refused an SVG export holding ${dropped.join(', ')}`);
        throw new UserFacingError(
          'invalid-request',
          `The SVG to export contains script or embedded HTML (${dropped.slice(0, 5).join(', ')}), so it was not saved.`,
        );
      }
      // What is written is the sanitiser's own serialisation, never the page's bytes.
      return `${svg}\n`;
    }
    case 'mmd':
    case 'md':
      checkSize(format, Buffer.byteLength(data));
      return data;
  }
}
