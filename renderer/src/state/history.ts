import { useStore } from 'zustand';
import { useDocumentStore } from './document-store';

export interface UndoRedo {
  canUndo: boolean;
  canRedo: boolean;
  undo: () => void;
  redo: () => void;
}

/** Undo and redo of plan edits, with whether each is possible now (for menus and buttons). */
export function useUndoRedo(): UndoRedo {
  const canUndo = useStore(useDocumentStore.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useDocumentStore.temporal, (s) => s.futureStates.length > 0);
  return { canUndo, canRedo, undo: undoPlanEdit, redo: redoPlanEdit };
}

export function undoPlanEdit(): void {
  useDocumentStore.temporal.getState().undo();
}

export function redoPlanEdit(): void {
  useDocumentStore.temporal.getState().redo();
}
