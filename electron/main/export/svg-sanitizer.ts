import type { DOMPurify } from 'dompurify';

/**
 * SVG exports are sanitised in main before they are written, whatever the page sent: an SVG
 * opened in a browser is a document that can run script. DOMPurify (a maintained sanitiser)
 * with its SVG profile keeps drawing elements and attributes and drops <script>, event
 * handlers, javascript: and other non-web URLs, <animate>/<set> that rewrite links,
 * <foreignObject> with embedded HTML, and <use> of outside documents. It needs a DOM, which
 * jsdom gives in Node; both load on the first SVG export, not at start-up.
 */

let purifier: Promise<DOMPurify> | undefined;

async function loadPurifier(): Promise<DOMPurify> {
  const [{ JSDOM }, { default: createDOMPurify }] = await Promise.all([
    import('jsdom'),
    import('dompurify'),
  ]);
  return createDOMPurify(new JSDOM('').window);
}

/**
 * Attribute values DOMPurify lets through: web and mail links, and values with no scheme at
 * all (numbers, `#marker` ids, `url(#m)`). DOMPurify's default also allows tel:, sms:, xmpp:
 * and others, which a diagram never needs.
 */
const ALLOWED_URI = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/iu;

export interface SanitizedSvg {
  svg: string;
  /** What was taken out (element names, `@attribute`s), for the log. */
  removed: string[];
}

export async function sanitizeSvg(data: string): Promise<SanitizedSvg> {
  purifier ??= loadPurifier();
  const purify = await purifier;
  const svg = purify.sanitize(data, {
    USE_PROFILES: { svg: true, svgFilters: true },
    // Mermaid marks its diagrams up for screen readers.
    ADD_ATTR: ['role'],
    ALLOWED_URI_REGEXP: ALLOWED_URI,
  });
  const removed = purify.removed.map((entry) =>
    'element' in entry ? entry.element.nodeName : `@${entry.attribute?.name ?? '?'}`,
  );
  // The HTML serialiser writes U+00A0 as &nbsp;, which XML does not define.
  return { svg: svg.replaceAll('&nbsp;', '&#160;'), removed };
}
