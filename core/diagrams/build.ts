import type { Plan } from '../plan/schema';
import type { DiagramOptions, DiagramSet, DiagramView } from './types';

// The views are added one by one in the following commits; the signature is fixed now so the
// renderer can code against it.
export function buildDiagram(plan: Plan, view: DiagramView, options?: DiagramOptions): DiagramSet {
  throw new Error(
    `The ${view} diagram of "${plan.title}" is not built yet (${JSON.stringify(options ?? {})}).`,
  );
}
