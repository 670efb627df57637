import type { Plan } from '../plan/schema';
import { designInUse, type DesignInUse } from './design';
import type { DiagramOptions, DiagramSet, DiagramView } from './types';
import { buildApprovalsDiagramOf } from './views/approvals';
import { buildCadenceDiagramOf } from './views/cadence';
import { buildCiDiagramOf } from './views/ci';
import { buildPackagedDiagram } from './views/packaged';
import { buildStreamsDiagramOf } from './views/streams';

/**
 * The Mermaid source of one view of a plan. Pure and deterministic: the same plan and options
 * give the same text. The stream views draw the plan's stream design, or without one what the
 * conversion rules propose (and their titles say so). A view too large for the limits comes
 * back aggregated or split, with `reduced` saying so.
 */
export function buildDiagram(
  plan: Plan,
  view: DiagramView,
  options: DiagramOptions = {},
): DiagramSet {
  return buildDiagramOf(plan, view, options, () => designInUse(plan));
}

/** The same, over a stream design the caller already has (a report that converted the plan). */
export function buildDiagramOf(
  plan: Plan,
  view: DiagramView,
  options: DiagramOptions,
  design: () => DesignInUse,
): DiagramSet {
  switch (view) {
    case 'packaged':
      return buildPackagedDiagram(plan, options);
    case 'streams':
      return buildStreamsDiagramOf(plan, design(), options);
    case 'cadence':
      return buildCadenceDiagramOf(plan, design(), options);
    case 'approvals':
      return buildApprovalsDiagramOf(plan, design(), options);
    case 'ci':
      return buildCiDiagramOf(plan, design(), options);
  }
}
