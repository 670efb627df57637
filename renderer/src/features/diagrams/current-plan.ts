import type { Plan } from '../../../../core/plan/schema';
import { useDocumentStore } from '../../state/document-store';

/** The one place the diagrams read the open plan from the store (its shape may change). */
export function useCurrentPlan(): Plan | null {
  return useDocumentStore((state) => state.document?.plan ?? null);
}

/** The open plan outside React (menu commands). */
export function currentPlan(): Plan | null {
  return useDocumentStore.getState().document?.plan ?? null;
}
