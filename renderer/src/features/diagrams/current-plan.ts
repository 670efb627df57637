import { useMemo } from 'react';
import type { DiagramOptions } from '../../../../core/diagrams';
import type { Plan } from '../../../../core/plan/schema';
import { useDocumentStore } from '../../state/document-store';
import { useUiStore } from '../../state/ui-store';

/** The one place the diagrams read the open plan from the store (its shape may change). */
export function useCurrentPlan(): Plan | null {
  return useDocumentStore((state) => state.plan);
}

/** The open plan outside React (menu commands). */
export function currentPlan(): Plan | null {
  return useDocumentStore.getState().plan;
}

/** Diagram options that follow the app's settings; the same object until a setting changes. */
export function useDiagramOptions(): DiagramOptions {
  const vocabulary = useUiStore((state) => state.vocabulary);
  return useMemo(() => ({ vocabulary }), [vocabulary]);
}
