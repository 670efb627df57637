import { produce, type Draft } from 'immer';
import { temporal } from 'zundo';
import { create } from 'zustand';
import type { IpcError, PlanDocument, PlanSource } from '../../../core/contract/ipc/contract';
import { createEmptyPlan } from '../../../core/plan/new-plan';
import type { Plan } from '../../../core/plan/schema';
import { StudioCallError, getStudio, unwrap } from '../platform/studio';

export type LoadStatus = 'idle' | 'loading' | 'ready';

/** Edits with the same key this close together are one undo step (typing a title). */
export const COALESCE_WINDOW_MS = 1000;
/** How many undo steps a document keeps. */
export const HISTORY_LIMIT = 200;

export interface EditOptions {
  /**
   * Consecutive edits with the same key inside COALESCE_WINDOW_MS merge into one undo step.
   * Give a key per field (e.g. `title:item-3`) for typing; omit it for discrete edits.
   */
  coalesceKey?: string;
  /** What the edit does, as Undo and Redo name it: "Rename stream" ("Undo Rename stream"). */
  label?: string;
}

/** How Undo names an edit that gave no label of its own. */
export const UNLABELLED_EDIT = 'Edit';

export interface DocumentState {
  /** The open plan; null on the start screen. Only this field is in the undo history. */
  plan: Plan | null;
  /** The label of the edit that made `plan` (in the undo history with it); null when opened. */
  editLabel: string | null;
  source: PlanSource | null;
  /** Changes each time another document is opened (or closed): per-document state resets on it. */
  documentId: number;
  /** The plan as last opened or saved: the document is dirty when `plan !== savedPlan`. */
  savedPlan: Plan | null;
  status: LoadStatus;
  /** The last failure, kept until the next attempt; what is open stays open. */
  lastError: IpcError | null;

  /** Replaces the open document (open, new, restore) and starts a fresh undo history. */
  openDocument: (document: PlanDocument, options?: { dirty?: boolean }) => void;
  /** Applies one edit to the plan through an immer recipe; recorded for undo. */
  editPlan: (recipe: (draft: Draft<Plan>) => void, options?: EditOptions) => void;
  /** After a save: the plan that was written and where it now lives. */
  markSaved: (source: PlanSource, savedPlan: Plan) => void;
  closeDocument: () => void;
  openSample: () => Promise<void>;
  openFromDisk: () => Promise<void>;
  newPlan: () => void;
  reportError: (error: unknown) => void;
  dismissError: () => void;
}

interface TrackedState {
  plan: Plan | null;
  editLabel: string | null;
}

let lastEdit: { key: string; at: number } | undefined;

export const useDocumentStore = create<DocumentState>()(
  temporal(
    (set, get) => {
      const load = async (fetch: () => Promise<PlanDocument | null>): Promise<void> => {
        set({ status: 'loading', lastError: null });
        try {
          const next = await fetch();
          if (next) get().openDocument(next);
          set({ status: 'ready' });
        } catch (error) {
          set({ status: 'ready', lastError: toIpcError(error) });
        }
      };
      return {
        plan: null,
        editLabel: null,
        source: null,
        documentId: 0,
        savedPlan: null,
        status: 'idle',
        lastError: null,

        openDocument: (document, options) => {
          withoutHistory(() => {
            set({
              plan: document.plan,
              editLabel: null,
              source: document.source,
              documentId: get().documentId + 1,
              savedPlan: options?.dirty ? null : document.plan,
              status: 'ready',
              lastError: null,
            });
          });
        },

        editPlan: (recipe, options) => {
          const current = get().plan;
          if (!current) return;
          const next = produce(current, recipe);
          if (next === current) return;
          const now = Date.now();
          const key = options?.coalesceKey;
          const continues =
            key !== undefined &&
            lastEdit?.key === key &&
            now - lastEdit.at < COALESCE_WINDOW_MS &&
            useDocumentStore.temporal.getState().pastStates.length > 0;
          lastEdit = key === undefined ? undefined : { key, at: now };
          if (continues) {
            // The step before the first keystroke is already recorded; this one joins it.
            const { pause, resume } = useDocumentStore.temporal.getState();
            pause();
            set({ plan: next });
            resume();
          } else {
            set({ plan: next, editLabel: options?.label ?? UNLABELLED_EDIT });
          }
        },

        markSaved: (source, savedPlan) => {
          withoutHistory(() => {
            set({ source, savedPlan });
          }, false);
        },

        closeDocument: () => {
          withoutHistory(() => {
            set({
              plan: null,
              editLabel: null,
              source: null,
              documentId: get().documentId + 1,
              savedPlan: null,
              lastError: null,
            });
          });
        },

        openSample: () => load(() => unwrap(getStudio().openSamplePlan())),
        openFromDisk: () => load(async () => (await unwrap(getStudio().openPlan())).document),
        newPlan: () => {
          get().openDocument({
            plan: createEmptyPlan(),
            source: { kind: 'new', name: 'Untitled' },
          });
        },
        reportError: (error) => {
          set({ lastError: toIpcError(error) });
        },
        dismissError: () => {
          set({ lastError: null });
        },
      };
    },
    {
      partialize: (state): TrackedState => ({ plan: state.plan, editLabel: state.editLabel }),
      equality: (past, current) => past.plan === current.plan,
      limit: HISTORY_LIMIT,
    },
  ),
);

/** Runs a state change that must not become an undo step; optionally forgets the history. */
function withoutHistory(change: () => void, clear = true): void {
  const history = useDocumentStore.temporal.getState();
  history.pause();
  change();
  if (clear) history.clear();
  history.resume();
  lastEdit = undefined;
}

export function isDirty(state: Pick<DocumentState, 'plan' | 'savedPlan'>): boolean {
  return state.plan !== null && state.plan !== state.savedPlan;
}

export function useIsDirty(): boolean {
  return useDocumentStore(isDirty);
}

export function toIpcError(error: unknown): IpcError {
  if (error instanceof StudioCallError) return error.detail;
  return { code: 'failed', message: error instanceof Error ? error.message : String(error) };
}
