import type { ImportResult } from '../../../../core/import/import-table';
import { useDocumentStore } from '../../state/document-store';

/**
 * Puts an import into the app: into the open plan as one undoable edit (its packaged plan
 * becomes the imported one, which kept every item the file did not mention), or, with no plan
 * open, as a new unsaved plan named after the file.
 */
export function applyImport(result: ImportResult, fileName: string): void {
  const store = useDocumentStore.getState();
  if (store.plan === null) {
    store.openDocument(
      { plan: result.plan, source: { kind: 'new', name: fileName } },
      { dirty: true },
    );
    return;
  }
  store.editPlan(
    (draft) => {
      draft.packagedPlan = result.plan.packagedPlan;
    },
    { label: 'Import' },
  );
}
