import type { Plan } from '../../../../core/plan/schema';
import { titleOr } from '../../../../core/plan/untitled';
import { useDocumentStore } from '../../state/document-store';

export interface ChangeNames {
  stream: (id: string) => string;
  item: (id: string) => string;
}

function addNames(plan: Plan, streams: Map<string, string>, items: Map<string, string>): void {
  for (const stream of plan.streamDesign?.streams ?? []) {
    if (!streams.has(stream.id)) streams.set(stream.id, stream.name.trim() || stream.id);
  }
  for (const delivery of plan.packagedPlan.deliveries) {
    for (const item of delivery.items) {
      if (!items.has(item.id)) items.set(item.id, titleOr(item.title, item.id));
    }
  }
}

/**
 * How the change summary names streams and items: as the plans around the conversion name
 * them, and, for an item removed before it, as the document's undo history last knew it (a
 * person reads "Login page", not "i8"). Only an item the app never saw keeps its id.
 */
export function changeNames(plans: readonly Plan[]): ChangeNames {
  const streams = new Map<string, string>();
  const items = new Map<string, string>();
  for (const plan of plans) addNames(plan, streams, items);
  let historyRead = false;
  const fromHistory = (): void => {
    if (historyRead) return;
    historyRead = true;
    const { savedPlan } = useDocumentStore.getState();
    const past = useDocumentStore.temporal.getState().pastStates;
    for (let i = past.length - 1; i >= 0; i -= 1) {
      const plan = past[i]?.plan;
      if (plan) addNames(plan, streams, items);
    }
    if (savedPlan) addNames(savedPlan, streams, items);
  };
  return {
    stream: (id) => streams.get(id) ?? id,
    item: (id) => {
      if (!items.has(id)) fromHistory();
      return items.get(id) ?? `item ${id} (no longer in the plan)`;
    },
  };
}
