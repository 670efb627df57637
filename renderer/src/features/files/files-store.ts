import { create } from 'zustand';
import type {
  RecentFileEntry,
  SaveConflict,
  SnapshotSummary,
} from '../../../../core/contract/ipc/contract';

/** What the user decided about unsaved changes. */
export type UnsavedChoice = 'saved' | 'discarded' | 'cancelled';
/** What the user decided about a file another program changed. */
export type ConflictChoice = 'reload' | 'overwrite' | 'saveAs' | 'cancel';

export interface UnsavedPrompt {
  /** Why we ask: closing the window, quitting, or opening another plan in its place. */
  reason: 'close' | 'quit' | 'replace';
  name: string;
  answer: (choice: 'save' | 'discard' | 'cancel') => void;
}

export interface ConflictPrompt {
  conflict: SaveConflict;
  answer: (choice: ConflictChoice) => void;
}

interface FilesState {
  unsavedPrompt: UnsavedPrompt | null;
  conflictPrompt: ConflictPrompt | null;
  /** Unsaved plans a previous run left behind, offered at start. */
  recoverable: SnapshotSummary[];
  recentFiles: RecentFileEntry[];
  saving: boolean;
  /** The snapshot id of the open document, and which document (store documentId) it is for. */
  snapshot: { documentId: number; id: string; openedAt: string; stored: boolean } | null;
}

export const useFilesStore = create<FilesState>()(() => ({
  unsavedPrompt: null,
  conflictPrompt: null,
  recoverable: [],
  recentFiles: [],
  saving: false,
  snapshot: null,
}));

/** Shows the Save / Don't Save / Cancel dialog and resolves with the user's answer. */
export function askAboutUnsavedChanges(
  reason: UnsavedPrompt['reason'],
  name: string,
): Promise<'save' | 'discard' | 'cancel'> {
  return new Promise((resolve) => {
    // A second request while one is open (a second close click) gets the same dialog.
    useFilesStore.getState().unsavedPrompt?.answer('cancel');
    useFilesStore.setState({
      unsavedPrompt: {
        reason,
        name,
        answer: (choice) => {
          useFilesStore.setState({ unsavedPrompt: null });
          resolve(choice);
        },
      },
    });
  });
}

/** Shows the reload / overwrite / save as dialog for a conflicting save. */
export function askAboutConflict(conflict: SaveConflict): Promise<ConflictChoice> {
  return new Promise((resolve) => {
    useFilesStore.getState().conflictPrompt?.answer('cancel');
    useFilesStore.setState({
      conflictPrompt: {
        conflict,
        answer: (choice) => {
          useFilesStore.setState({ conflictPrompt: null });
          resolve(choice);
        },
      },
    });
  });
}
