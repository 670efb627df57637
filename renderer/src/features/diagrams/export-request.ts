import { create } from 'zustand';

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

export function requestDiagramExport(): void {
  useExportDialog.getState().open(0);
}
