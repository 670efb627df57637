import { useEffect } from 'react';
import { getStudio } from '../../platform/studio';
import { isDirty, useDocumentStore, type DocumentState } from '../../state/document-store';
import { APP_TITLE, documentName, pageTitle } from './document-names';

interface Reported {
  name: string;
  dirty: boolean;
  grant: string | null;
  stampSha: string | null;
}

function describe(state: DocumentState): Reported {
  const { plan, source } = state;
  return {
    name: plan === null ? '' : documentName(source, plan.title),
    dirty: isDirty(state),
    grant: source?.kind === 'file' ? source.grant : null,
    stampSha: source?.kind === 'file' ? (source.stamp?.sha256 ?? null) : null,
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
        last.stampSha === next.stampSha
      ) {
        return;
      }
      last = next;
      document.title = next.name === '' ? APP_TITLE : pageTitle(next.name, next.dirty);
      getStudio().reportDocumentState({ name: next.name, dirty: next.dirty, grant: next.grant });
    };
    report(useDocumentStore.getState());
    return useDocumentStore.subscribe(report);
  }, []);
}
