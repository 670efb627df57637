import { create } from 'zustand';
import type { ColumnUse, ImportMapping } from '../../../../core/import/mapping';
import type { ImportTable } from '../../../../core/import/table';

/** The file File › Import… read, and how the user maps its columns in the dialog. */
interface ImportState {
  file: { name: string; table: ImportTable } | null;
  /** Column uses the user picked, by header text; the rest are recognised by the importer. */
  columns: Record<string, ColumnUse>;
  show: (file: { name: string; table: ImportTable }) => void;
  setColumnUse: (header: string, use: ColumnUse) => void;
  close: () => void;
}

export const useImportStore = create<ImportState>()((set) => ({
  file: null,
  columns: {},
  show: (file) => {
    set({ file, columns: {} });
  },
  setColumnUse: (header, use) => {
    set((state) => ({ columns: { ...state.columns, [header]: use } }));
  },
  close: () => {
    set({ file: null, columns: {} });
  },
}));

export function mappingOf(columns: Record<string, ColumnUse>): ImportMapping {
  return Object.keys(columns).length === 0 ? {} : { columns };
}
