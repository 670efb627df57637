import { UserFacingError } from '../ipc/user-facing-error';
import { sanitizeSvg } from './svg-sanitizer';

/**
 * What main checks before it writes an image the page drew (an exported view, a report's
 * diagrams): one rule for both, so an export and a report refuse the same things.
 */

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function isPng(bytes: Uint8Array): boolean {
  return PNG_SIGNATURE.every((byte, index) => bytes[index] === byte);
}

/**
 * The sanitiser's own serialisation of an SVG. The app's diagrams hold nothing it takes out:
 * when it took something, the page is confused or hostile, and nothing is written.
 * `subject` names the image in the refusal ("The SVG to export"), `outcome` ends it; `notSvg`
 * is the sentence for something that is no SVG at all.
 */
export async function sanitizedSvgOrRefuse(
  data: string,
  words: { subject: string; outcome: string; notSvg: string },
  log: (message: string) => void = () => undefined,
): Promise<string> {
  if (!/^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/u.test(data)) {
    throw new UserFacingError('invalid-request', words.notSvg);
  }
  const { svg, removed } = await sanitizeSvg(data);
  if (!svg.startsWith('<svg')) {
    throw new UserFacingError('invalid-request', words.notSvg);
  }
  const dropped = [...new Set(removed.filter((name) => name.toLowerCase() !== 'body'))];
  if (dropped.length > 0) {
    log(`refused an SVG holding ${dropped.join(', ')}`);
    throw new UserFacingError(
      'invalid-request',
      `${words.subject} contains script or embedded HTML (${dropped.slice(0, 5).join(', ')}), ${words.outcome}.`,
    );
  }
  return svg;
}
