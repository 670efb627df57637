import { exclusive, maxTextSize, mermaidFor, type DiagramTheme } from './mermaid-runtime';
import { describeRenderFailure, tooLargeError } from './render-errors';

let sequence = 0;

/** The width a drawing may take where Mermaid lets the container decide (Gantt charts). */
export const DRAWING_WIDTH = 1100;

/** An element id no other render in this page has used (Mermaid scopes its CSS by it). */
export function uniqueDiagramId(): string {
  sequence += 1;
  return `ts-diagram-${String(sequence)}-${Math.random().toString(36).slice(2, 8)}`;
}

export interface RenderSvgOptions {
  /** Checked just before Mermaid starts: a render nobody wants any more is skipped. */
  isStale?: () => boolean;
}

/**
 * Mermaid source → SVG text. Renders in a temporary off-screen container with a unique id
 * (Mermaid needs layout, so it must be in the document) and removes every element Mermaid
 * left behind, also when it fails. Throws a DiagramRenderError with a readable sentence; resolves
 * to undefined when the render was skipped as stale.
 */
export function renderMermaidSvg(
  source: string,
  theme: DiagramTheme,
  options: RenderSvgOptions = {},
): Promise<string | undefined> {
  const limit = maxTextSize(theme);
  // Past the limit Mermaid silently draws "Maximum text size in diagram exceeded" instead.
  if (source.length > limit) return Promise.reject(tooLargeError(source.length, limit));
  return exclusive(async () => {
    if (options.isStale?.() === true) return undefined;
    const mermaid = await mermaidFor(theme);
    const id = uniqueDiagramId();
    const host = document.createElement('div');
    host.id = `${id}-host`;
    host.setAttribute('aria-hidden', 'true');
    // Mermaid's Gantt charts take the width of this container: about the width of the panel,
    // so that they show at their own size, and the same in every export.
    host.style.cssText = `position:absolute;left:-100000px;top:0;width:${String(DRAWING_WIDTH)}px;visibility:hidden;pointer-events:none`;
    document.body.append(host);
    try {
      const { svg } = await mermaid.render(id, source, host);
      return svg;
    } catch (error) {
      throw describeRenderFailure(error);
    } finally {
      host.remove();
      for (const stray of [id, `d${id}`, `i${id}`]) document.getElementById(stray)?.remove();
    }
  });
}
