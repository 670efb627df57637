import type { ExportBackground } from '../../../core/export/image-settings';
import { BACKGROUND_FILL } from './export-settings';
import { DiagramRenderError } from './render-errors';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface StandaloneSvg {
  svg: string;
  /** Size in CSS pixels, padding included (before any scale). */
  width: number;
  height: number;
}

export interface StandaloneSvgOptions {
  background: ExportBackground;
  padding: number;
  /** Multiplies the width and height attributes only, so an <img> rasterises it crisply. */
  scale?: number;
}

/** The drawing's own size, from its viewBox (Mermaid sets width="100%" and a max-width). */
export function intrinsicSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox.baseVal as SVGRect | null;
  if (box && box.width > 0 && box.height > 0) return { width: box.width, height: box.height };
  const viewBox = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const [, , width = NaN, height = NaN] = viewBox;
  if (width > 0 && height > 0) return { width, height };
  const attrWidth = Number.parseFloat(svg.getAttribute('width') ?? '');
  const attrHeight = Number.parseFloat(svg.getAttribute('height') ?? '');
  if (attrWidth > 0 && attrHeight > 0) return { width: attrWidth, height: attrHeight };
  throw new DiagramRenderError('failed', 'The drawing has no size, so it cannot be exported.');
}

/**
 * A Mermaid SVG as a file of its own: explicit pixel size, padding, an optional background,
 * and no HTML or script inside (so it opens the same in browsers, Office and on a canvas).
 * The drawing is nested unchanged: its CSS is scoped to its own id.
 */
export function toStandaloneSvg(mermaidSvg: string, options: StandaloneSvgOptions): StandaloneSvg {
  const parsed = new DOMParser().parseFromString(mermaidSvg, 'image/svg+xml');
  const inner = parsed.documentElement;
  if (parsed.getElementsByTagName('parsererror').length > 0 || inner.localName !== 'svg') {
    throw new DiagramRenderError('failed', 'The drawing is not a readable SVG.');
  }
  assertNoActiveContent(inner);
  const drawing = inner as unknown as SVGSVGElement;
  const { width, height } = intrinsicSize(drawing);
  const padding = Math.max(0, options.padding);
  const outerWidth = round(width + 2 * padding);
  const outerHeight = round(height + 2 * padding);
  const scale = options.scale ?? 1;

  const outer = parsed.createElementNS(SVG_NS, 'svg');
  outer.setAttribute('xmlns', SVG_NS);
  outer.setAttribute('width', String(round(outerWidth * scale)));
  outer.setAttribute('height', String(round(outerHeight * scale)));
  outer.setAttribute('viewBox', `0 0 ${String(outerWidth)} ${String(outerHeight)}`);
  const label = inner.getAttribute('aria-roledescription');
  if (label) outer.setAttribute('aria-roledescription', label);
  const fill = BACKGROUND_FILL[options.background];
  if (fill !== undefined) {
    const rect = parsed.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('width', '100%');
    rect.setAttribute('height', '100%');
    rect.setAttribute('fill', fill);
    outer.append(rect);
  }
  inner.removeAttribute('style');
  inner.setAttribute('x', String(padding));
  inner.setAttribute('y', String(padding));
  inner.setAttribute('width', String(width));
  inner.setAttribute('height', String(height));
  outer.append(inner);
  const svg = new XMLSerializer().serializeToString(outer);
  return { svg, width: outerWidth, height: outerHeight };
}

/** Refuses an SVG with HTML or script in it: it would taint a canvas or run when opened. */
export function assertNoActiveContent(root: Element): void {
  const active = root.querySelector('foreignObject, script, iframe, object, embed');
  const handler = [root, ...Array.from(root.querySelectorAll('*'))].some((element) =>
    element.getAttributeNames().some((name) => name.toLowerCase().startsWith('on')),
  );
  if (active !== null || handler) {
    throw new DiagramRenderError(
      'unsafe',
      'The drawing contains HTML or script, so it cannot be exported safely.',
    );
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
