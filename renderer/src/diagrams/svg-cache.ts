import type { DiagramTheme } from './mermaid-runtime';
import type { DiagramRenderError } from './render-errors';

export type RenderOutcome = { ok: true; svg: string } | { ok: false; error: DiagramRenderError };

/**
 * Rendered diagrams by source and theme, least recently used first out. Switching views or
 * undoing an edit shows the earlier drawing at once instead of running Mermaid again.
 */
export class SvgCache {
  private readonly entries = new Map<string, RenderOutcome>();

  constructor(private readonly capacity = 48) {}

  get(source: string, theme: DiagramTheme): RenderOutcome | undefined {
    const key = cacheKey(source, theme);
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(source: string, theme: DiagramTheme, outcome: RenderOutcome): void {
    const key = cacheKey(source, theme);
    this.entries.delete(key);
    this.entries.set(key, outcome);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (oldest.done === true) break;
      this.entries.delete(oldest.value);
    }
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

function cacheKey(source: string, theme: DiagramTheme): string {
  return `${theme}\u0000${source}`;
}

/** One cache for the page: the diagram view, exports and the CLI page share drawings. */
export const sharedSvgCache = new SvgCache();
