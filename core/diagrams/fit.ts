import { writeFlowchart } from './flowchart';
import { describeLimits, fits, type SizedDiagram } from './size';
import type { DiagramLimits, DiagramSet, DiagramView } from './types';

export interface Packed<T> {
  blocks: T[];
  diagram: SizedDiagram;
}

/**
 * Splits blocks (deliveries, streams) in their order into as few diagrams as the limits allow:
 * each diagram takes blocks while it still fits. A block too big to fit even alone gets a
 * diagram of its own, the smallest the view can draw.
 */
export function packInOrder<T>(
  blocks: readonly T[],
  render: (blocks: readonly T[]) => SizedDiagram,
  limits: DiagramLimits,
): Packed<T>[] {
  const packed: Packed<T>[] = [];
  let current: T[] = [];
  let diagram: SizedDiagram | undefined;
  for (const block of blocks) {
    const candidate = [...current, block];
    const rendered = render(candidate);
    if (fits(rendered.size, limits) || current.length === 0) {
      current = candidate;
      diagram = rendered;
      continue;
    }
    if (diagram) packed.push({ blocks: current, diagram });
    current = [block];
    diagram = render(current);
  }
  if (diagram && current.length > 0) packed.push({ blocks: current, diagram });
  return packed;
}

export function allFit(diagrams: readonly SizedDiagram[], limits: DiagramLimits): boolean {
  return diagrams.every((diagram) => fits(diagram.size, limits));
}

export function toDiagramSet(
  view: DiagramView,
  diagrams: readonly SizedDiagram[],
  reduced?: DiagramSet['reduced'],
): DiagramSet {
  const set: DiagramSet = {
    view,
    diagrams: diagrams.map(({ title, source }) => ({ title, source })),
  };
  if (reduced) set.reduced = reduced;
  return set;
}

/** Why a view was reduced, in the words of its limits. */
export function tooLarge(limits: DiagramLimits): string {
  return `past ${describeLimits(limits)}`;
}

/** A diagram that only says something: what a view draws when there is nothing to draw. */
export function noteDiagram(title: string, lines: readonly string[]): SizedDiagram {
  return writeFlowchart(
    {
      direction: 'LR',
      nodes: [{ key: 'note', lines, shape: 'box', style: 'note' }],
      edges: [],
      groups: [],
    },
    title,
  );
}

/** Plural-aware count: "1 item", "3 items". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${String(n)} ${n === 1 ? singular : plural}`;
}
