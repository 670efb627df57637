import type { ExportFormat } from '../../../core/export/file-names';
import { UserFacingError } from '../ipc/user-facing-error';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The bytes to write for an export. The contract has checked sizes and encodings; this checks
 * that the content is what its format claims, so a confused or hostile page cannot save, say,
 * an HTML page with a `.svg` name or an SVG that runs script when opened in a browser.
 */
export function exportBytes(format: ExportFormat, data: string): Uint8Array | string {
  switch (format) {
    case 'png': {
      const bytes = Buffer.from(data, 'base64');
      if (!PNG_SIGNATURE.every((byte, index) => bytes[index] === byte)) {
        throw new UserFacingError('invalid-request', 'The image to export is not a PNG.');
      }
      return bytes;
    }
    case 'svg': {
      if (!/^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/.test(data)) {
        throw new UserFacingError('invalid-request', 'The image to export is not an SVG.');
      }
      // User text inside an SVG is escaped (&lt;), so a raw tag or an on… attribute is markup.
      if (/<script[\s>/]|<foreignObject[\s>/]|<[^>]*\son[a-z]+\s*=/i.test(data)) {
        throw new UserFacingError(
          'invalid-request',
          'The SVG to export contains script or embedded HTML, so it was not saved.',
        );
      }
      return data;
    }
    case 'mmd':
    case 'md':
      return data;
  }
}
