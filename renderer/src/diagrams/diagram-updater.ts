import type { DiagramTheme } from './mermaid-runtime';
import { describeRenderFailure } from './render-errors';
import { renderMermaidSvg } from './render-svg';
import { sharedSvgCache, type RenderOutcome, type SvgCache } from './svg-cache';

export type RenderSvg = typeof renderMermaidSvg;

/**
 * The path every diagram update takes: the cache first (an unchanged source costs no render),
 * then Mermaid. A render that a newer update superseded is skipped if it has not started, and
 * its result is never returned if it has: a newer source always wins.
 */
export class DiagramUpdater {
  /** How many times Mermaid actually ran; the benchmark and tests count them. */
  renders = 0;
  private latest = 0;

  constructor(
    private readonly cache: SvgCache = sharedSvgCache,
    private readonly render: RenderSvg = renderMermaidSvg,
  ) {}

  cached(source: string, theme: DiagramTheme): RenderOutcome | undefined {
    return this.cache.get(source, theme);
  }

  /** Marks every update in flight as superseded (e.g. a cache hit was shown meanwhile). */
  supersede(): void {
    this.latest += 1;
  }

  /** The drawing of `source`, or undefined when a newer update superseded this one. */
  async update(source: string, theme: DiagramTheme): Promise<RenderOutcome | undefined> {
    this.latest += 1;
    const ticket = this.latest;
    const isStale = (): boolean => ticket !== this.latest;
    const hit = this.cache.get(source, theme);
    if (hit !== undefined) return hit;
    let outcome: RenderOutcome;
    try {
      const svg = await this.render(source, theme, {
        isStale: () => {
          const stale = isStale();
          if (!stale) this.renders += 1;
          return stale;
        },
      });
      if (svg === undefined) return undefined;
      outcome = { ok: true, svg };
    } catch (error) {
      outcome = { ok: false, error: describeRenderFailure(error) };
    }
    if (outcome.ok || outcome.error.isLasting) this.cache.set(source, theme, outcome);
    return isStale() ? undefined : outcome;
  }
}

/** A drawing for export: from the cache, or rendered now (no staleness: the user asked for it). */
export async function renderForExport(
  source: string,
  theme: DiagramTheme,
  cache: SvgCache = sharedSvgCache,
): Promise<string> {
  const outcome = await new DiagramUpdater(cache).update(source, theme);
  if (outcome === undefined) throw new Error('An export render was superseded.');
  if (!outcome.ok) throw outcome.error;
  return outcome.svg;
}
