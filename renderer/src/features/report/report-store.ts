import { create } from 'zustand';
import { useDocumentStore } from '../../state/document-store';

/** Whether File › Export report… is open. */
interface ReportDialogState {
  opened: boolean;
  open: () => void;
  close: () => void;
}

export const useReportDialogStore = create<ReportDialogState>()((set) => ({
  opened: false,
  open: () => {
    set({ opened: true });
  },
  close: () => {
    set({ opened: false });
  },
}));

/** File › Export report… from the menu; with no plan open there is nothing to report. */
export function openReportDialog(): void {
  if (useDocumentStore.getState().plan === null) return;
  useReportDialogStore.getState().open();
}
