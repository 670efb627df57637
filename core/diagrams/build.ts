import type { Plan } from '../plan/schema';
import { buildPackagedDiagram } from './views/packaged';
import { buildStreamsDiagram } from './views/streams';
import { buildCadenceDiagram } from './views/cadence';
import { buildApprovalsDiagram } from './views/approvals';
import { buildCiDiagram } from './views/ci';
import type { DiagramOptions, DiagramSet, DiagramView } from './types';

/**
 * The Mermaid source of one view of a plan. Pure and deterministic: the same plan and options
 * give the same text. A view too large for the limits comes back aggregated or split, with
 * `reduced` saying so.
 */
export function buildDiagram(
  plan: Plan,
  view: DiagramView,
  options: DiagramOptions = {},
): DiagramSet {
  switch (view) {
    case 'packaged':
      return buildPackagedDiagram(plan, options);
    case 'streams':
      return buildStreamsDiagram(plan, options);
    case 'cadence':
      return buildCadenceDiagram(plan, options);
    case 'approvals':
      return buildApprovalsDiagram(plan, options);
    case 'ci':
      return buildCiDiagram(plan, options);
  }
}
