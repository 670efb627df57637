import { DEFAULT_DIAGRAM_LIMITS, type DiagramLimits, type DiagramOptions } from './types';

/** What a diagram costs to draw: boxes (nodes, subgraphs, gantt tasks), lines and source text. */
export interface DiagramSize {
  nodes: number;
  edges: number;
  chars: number;
}

export interface SizedDiagram {
  title: string;
  source: string;
  size: DiagramSize;
}

/** The caller's limits where they are positive figures, the defaults for the rest. */
export function resolveLimits(options: DiagramOptions): DiagramLimits {
  const chosen = options.limits ?? {};
  const pick = (key: keyof DiagramLimits): number => {
    const value = chosen[key];
    return value !== undefined && Number.isFinite(value) && value > 0
      ? value
      : DEFAULT_DIAGRAM_LIMITS[key];
  };
  return { maxNodes: pick('maxNodes'), maxEdges: pick('maxEdges'), maxChars: pick('maxChars') };
}

export function fits(size: DiagramSize, limits: DiagramLimits): boolean {
  return (
    size.nodes <= limits.maxNodes && size.edges <= limits.maxEdges && size.chars <= limits.maxChars
  );
}

const figure = new Intl.NumberFormat('en-GB');

export function describeLimits(limits: DiagramLimits): string {
  return `${figure.format(limits.maxNodes)} boxes, ${figure.format(limits.maxEdges)} lines or ${figure.format(limits.maxChars)} characters`;
}
