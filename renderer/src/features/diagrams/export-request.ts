import { create } from 'zustand';
import { currentPlan } from './current-plan';

interface ExportDialogState {
  opened: boolean;
  /** Which diagram of the current view the dialog exports. */
  diagramIndex: number;
  open: (diagramIndex?: number) => void;
  close: () => void;
}

/** Whether the export dialog is open; File › Export… opens it from outside the screen. */
export const useExportDialog = create<ExportDialogState>()((set) => ({
  opened: false,
  diagramIndex: 0,
  open: (diagramIndex = 0) => {
    set({ opened: true, diagramIndex });
  },
  close: () => {
    set({ opened: false });
  },
}));

/** File › Export…: opens the dialog on the current view, when a plan is open. */
export function requestDiagramExport(): void {
  if (currentPlan() !== null) useExportDialog.getState().open(0);
}
