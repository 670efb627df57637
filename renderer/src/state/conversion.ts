import { create } from 'zustand';
import { convertToStreams, type ConversionResult } from '../../../core/conversion/convert';
import type { Plan } from '../../../core/plan/schema';
import { useDocumentStore } from './document-store';

export interface LastConversion {
  /** The plan before this conversion, for the before/after comparison. */
  before: Plan;
  result: Omit<ConversionResult, 'plan'>;
  /** Whether the plan already had a stream design (a re-conversion, with a change summary). */
  reconverted: boolean;
  at: number;
}

interface ConversionState {
  last: LastConversion | null;
  forget: () => void;
}

/** The outcome of the last Convert, kept for the review screen (not part of the plan). */
export const useConversionStore = create<ConversionState>()((set) => ({
  last: null,
  forget: () => {
    set({ last: null });
  },
}));

/**
 * Runs the core conversion on the open plan as one undoable edit and keeps what it reported.
 * Returns the result, or null when no plan is open.
 */
export function convertOpenPlan(): LastConversion | null {
  const { plan, editPlan } = useDocumentStore.getState();
  if (!plan) return null;
  const { plan: converted, ...result } = convertToStreams(plan);
  editPlan(
    (draft) => {
      draft.streamDesign = structuredClone(converted.streamDesign);
    },
    { label: 'Convert' },
  );
  const last: LastConversion = {
    before: plan,
    result,
    reconverted: plan.streamDesign !== undefined,
    at: Date.now(),
  };
  useConversionStore.setState({ last });
  return last;
}

// A new document makes the last conversion meaningless.
useDocumentStore.subscribe((state, previous) => {
  if (state.documentId !== previous.documentId) {
    useConversionStore.getState().forget();
  }
});
