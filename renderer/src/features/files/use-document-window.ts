import { useEffect } from 'react';
import { getStudio } from '../../platform/studio';
import { isDirty, useDocumentStore, type DocumentState } from '../../state/document-store';
import { currentEditLabels } from '../../state/history';
import { APP_TITLE, documentName, pageTitle } from './document-names';

interface Reported {
  name: string;
  dirty: boolean;
  grant: string | null;
  stampSha: string | null;
  undo: string | null;
  redo: string | null;
}

function describe(state: DocumentState): Reported {
  const { plan, source } = state;
  return {
    name: plan === null ? '' : documentName(source, plan.title),
    dirty: isDirty(state),
    grant: source?.kind === 'file' ? source.grant : null,
    stampSha: source?.kind === 'file' ? (source.stamp?.sha256 ?? null) : null,
    ...currentEditLabels(),
  };
}

/**
 * Shows the document in the page title and tells main, which titles the window (with the
 * unsaved mark, or macOS's edited dot), guards closing while there are unsaved changes, and
 * watches the file for changes made by other programs.
 */
export function useDocumentWindow(): void {
  useEffect(() => {
    let last: Reported | undefined;
    const report = (state: DocumentState): void => {
      const next = describe(state);
      if (
        last?.name === next.name &&
        last.dirty === next.dirty &&
        last.grant === next.grant &&
        last.stampSha === next.stampSha &&
        last.undo === next.undo &&
        last.redo === next.redo
      ) {
        return;
      }
      last = next;
      document.title = next.name === '' ? APP_TITLE : pageTitle(next.name, next.dirty);
      const { name, dirty, grant, undo, redo } = next;
      getStudio().reportDocumentState({ name, dirty, grant, undo, redo });
    };
    report(useDocumentStore.getState());
    // Undo moves the plan first and its history after: both are listened to, so the Edit
    // menu's labels follow the history once it has moved.
    const stopDocument = useDocumentStore.subscribe(report);
    const stopHistory = useDocumentStore.temporal.subscribe(() => {
      report(useDocumentStore.getState());
    });
    return () => {
      stopDocument();
      stopHistory();
    };
  }, []);
}
