import { create } from 'zustand';
import type { IpcError, PlanDocument } from '../../../core/ipc/contract';
import { createEmptyPlan } from '../../../core/plan/new-plan';
import { StudioCallError, getStudio, unwrap } from '../platform/studio';

export type LoadStatus = 'idle' | 'loading' | 'ready';

interface DocumentState {
  document: PlanDocument | null;
  status: LoadStatus;
  /** The last failure, kept until the next attempt; what is open stays open. */
  lastError: IpcError | null;
  openSample: () => Promise<void>;
  openFromDisk: () => Promise<void>;
  newPlan: () => void;
  dismissError: () => void;
}

export const useDocumentStore = create<DocumentState>()((set, get) => {
  const load = async (fetch: () => Promise<PlanDocument | null>): Promise<void> => {
    const previous = get().document;
    set({ status: 'loading', lastError: null });
    try {
      const next = await fetch();
      set({ document: next ?? previous, status: 'ready' });
    } catch (error) {
      set({ document: previous, status: 'ready', lastError: toIpcError(error) });
    }
  };
  return {
    document: null,
    status: 'idle',
    lastError: null,
    openSample: () => load(() => unwrap(getStudio().openSamplePlan())),
    openFromDisk: () => load(async () => (await unwrap(getStudio().openPlan())).document),
    newPlan: () => {
      set({
        document: { plan: createEmptyPlan(), source: { kind: 'new', name: 'Untitled' } },
        status: 'ready',
        lastError: null,
      });
    },
    dismissError: () => {
      set({ lastError: null });
    },
  };
});

function toIpcError(error: unknown): IpcError {
  if (error instanceof StudioCallError) return error.detail;
  return { code: 'failed', message: error instanceof Error ? error.message : String(error) };
}
