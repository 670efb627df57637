import { writeFlowchart } from './flowchart';
import { describeLimits, fits, type SizedDiagram } from './size';
import type { DiagramLimits, DiagramSet, DiagramView } from './types';

export interface Packed<T> {
  blocks: T[];
  diagram: SizedDiagram;
}

/**
 * Splits blocks (deliveries, streams) in their order into as few diagrams as the limits allow:
 * each diagram takes the longest run of blocks that still fits. A block too big to fit even
 * alone gets a diagram of its own, the smallest the view can draw.
 *
 * A run is found by doubling its length and then halving the step back, so each diagram costs a
 * few renders of about its own size: splitting stays n log n in the blocks, where trying one
 * more block at a time rendered each diagram once per block it took.
 */
export function packInOrder<T>(
  blocks: readonly T[],
  render: (blocks: readonly T[]) => SizedDiagram,
  limits: DiagramLimits,
): Packed<T>[] {
  const packed: Packed<T>[] = [];
  let start = 0;
  while (start < blocks.length) {
    const attempt = (length: number): SizedDiagram | undefined => {
      const rendered = render(blocks.slice(start, start + length));
      return fits(rendered.size, limits) ? rendered : undefined;
    };
    let length = 1;
    let diagram = attempt(1);
    if (diagram) {
      // Grow while the run fits: `length` fits, `tooLong` does not (or runs past the end).
      let tooLong = blocks.length - start + 1;
      for (let next = 2; next < tooLong; next *= 2) {
        const rendered = attempt(next);
        if (!rendered) {
          tooLong = next;
          break;
        }
        length = next;
        diagram = rendered;
      }
      tooLong = Math.min(tooLong, blocks.length - start + 1);
      while (tooLong - length > 1) {
        const middle = Math.floor((length + tooLong) / 2);
        const rendered = attempt(middle);
        if (rendered) {
          length = middle;
          diagram = rendered;
        } else {
          tooLong = middle;
        }
      }
    }
    const run = blocks.slice(start, start + length);
    packed.push({ blocks: run, diagram: diagram ?? render(run) });
    start += length;
  }
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

/** Diagrams split from one view, with the sentence that says how and why. */
export function splitSet(
  view: DiagramView,
  parts: readonly Packed<unknown>[],
  message: string,
): DiagramSet {
  return toDiagramSet(
    view,
    parts.map((part) => part.diagram),
    { how: 'split', message },
  );
}

/** The title of one part of a split view: "Approvals · streams 3–5 of 12" (1-based). */
export function partTitle(
  title: string,
  what: string,
  first: number,
  last: number,
  total: number,
): string {
  return `${title} · ${what} ${String(first)}–${String(last)} of ${String(total)}`;
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

// One plural helper for the whole core; diagrams know it by this name.
export { countOf as count } from '../text/count-of';
