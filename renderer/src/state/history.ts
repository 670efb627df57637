import { useStore } from 'zustand';
import { useDocumentStore } from './document-store';

export interface UndoRedo {
  canUndo: boolean;
  canRedo: boolean;
  /** What Undo would take back, e.g. "Rename stream"; null when there is nothing. */
  undoLabel: string | null;
  /** What Redo would do again; null when there is nothing. */
  redoLabel: string | null;
  undo: () => void;
  redo: () => void;
}

/** Undo and redo of plan edits, with whether each is possible now and what each would do. */
export function useUndoRedo(): UndoRedo {
  const canUndo = useStore(useDocumentStore.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useDocumentStore.temporal, (s) => s.futureStates.length > 0);
  const current = useDocumentStore((s) => s.editLabel);
  const next = useStore(useDocumentStore.temporal, (s) => s.futureStates.at(-1)?.editLabel ?? null);
  return {
    canUndo,
    canRedo,
    undoLabel: canUndo ? current : null,
    redoLabel: canRedo ? next : null,
    undo: undoPlanEdit,
    redo: redoPlanEdit,
  };
}

/** What Undo and Redo would do now, read outside React (main's Edit menu shows it). */
export function currentEditLabels(): { undo: string | null; redo: string | null } {
  const temporal = useDocumentStore.temporal.getState();
  const past = temporal.pastStates.length > 0;
  return {
    undo: past ? useDocumentStore.getState().editLabel : null,
    redo: temporal.futureStates.at(-1)?.editLabel ?? null,
  };
}

/** "Undo Rename stream", or plain "Undo" when there is nothing to undo. */
export function commandLabel(command: 'Undo' | 'Redo', label: string | null): string {
  return label === null ? command : `${command} ${label}`;
}

export function undoPlanEdit(): void {
  useDocumentStore.temporal.getState().undo();
}

export function redoPlanEdit(): void {
  useDocumentStore.temporal.getState().redo();
}
