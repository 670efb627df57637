import { useEffect } from 'react';
import { isDirty, useDocumentStore } from '../../state/document-store';
import { discardSnapshot, putSnapshot } from './snapshots';

/** At most one copy every ten seconds while there are unsaved changes. */
export const SNAPSHOT_INTERVAL_MS = 10_000;

/**
 * Keeps a recovery copy of unsaved changes: at most every ten seconds while the plan changes,
 * and at once when the window loses focus (the user may be about to close the lid). When the
 * document becomes clean again (saved, or undone to the saved state) its copy is dropped.
 */
export function useRecoverySnapshots(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastPutAt = Number.NEGATIVE_INFINITY;
    let copied: unknown = null;

    const putNow = (): void => {
      clearTimeout(timer);
      timer = undefined;
      const { plan } = useDocumentStore.getState();
      if (plan === copied) return;
      copied = plan;
      lastPutAt = Date.now();
      void putSnapshot();
    };

    const unsubscribe = useDocumentStore.subscribe((state, previous) => {
      if (state.documentId !== previous.documentId) {
        clearTimeout(timer);
        timer = undefined;
        copied = null;
      }
      if (!isDirty(state)) {
        clearTimeout(timer);
        timer = undefined;
        copied = null;
        if (isDirty(previous) && state.documentId === previous.documentId) void discardSnapshot();
        return;
      }
      if (state.plan === previous.plan && state.documentId === previous.documentId) return;
      if (timer !== undefined) return;
      timer = setTimeout(putNow, Math.max(0, lastPutAt + SNAPSHOT_INTERVAL_MS - Date.now()));
    });

    const onBlur = (): void => {
      if (isDirty(useDocumentStore.getState())) putNow();
    };
    window.addEventListener('blur', onBlur);
    return () => {
      unsubscribe();
      clearTimeout(timer);
      window.removeEventListener('blur', onBlur);
    };
  }, []);
}
