import { notifications } from '@mantine/notifications';
import { serializePlan } from '../../../../core/plan/serialize';
import { getStudio, unwrap } from '../../platform/studio';
import { isDirty, useDocumentStore } from '../../state/document-store';
import { documentName } from './document-names';
import { useFilesStore } from './files-store';

/**
 * Crash-recovery copies of the open document, kept by main in the app database. Each document
 * gets an id that is unique across runs; a restored document keeps the id of its copy, so that
 * later copies replace it instead of piling up.
 */
const SESSION = Math.random().toString(36).slice(2, 10);

function snapshotFor(documentId: number): { id: string; openedAt: string } {
  const current = useFilesStore.getState().snapshot;
  if (current?.documentId === documentId) return current;
  const fresh = {
    documentId,
    id: `${SESSION}-${String(documentId)}`,
    openedAt: new Date().toISOString(),
    stored: false,
  };
  useFilesStore.setState({ snapshot: fresh });
  return fresh;
}

/** The restored document continues the copy it came from. */
export function adoptSnapshot(documentId: number, id: string, openedAt: string): void {
  useFilesStore.setState({ snapshot: { documentId, id, openedAt, stored: true } });
}

let failureShown = false;

// Copies and discards reach main one at a time, in the order asked: a discard sent while a copy
// is still on its way would find nothing stored yet, and the copy would then outlive the save
// (the next start offering to "recover" a plan that was saved).
let pending: Promise<void> = Promise.resolve();
function inOrder(operation: () => Promise<void>): Promise<void> {
  const next = pending.then(operation);
  pending = next.catch(() => undefined);
  return next;
}

/** Keeps a copy of the open document if it has unsaved changes. */
export function putSnapshot(): Promise<void> {
  return inOrder(putNow);
}

/** Drops the open document's copy (after a save, or when its edits were declined). */
export function discardSnapshot(): Promise<void> {
  return inOrder(discardNow);
}

async function putNow(): Promise<void> {
  const { plan, source, documentId } = useDocumentStore.getState();
  if (!plan || !source || !isDirty(useDocumentStore.getState())) return;
  const { id, openedAt } = snapshotFor(documentId);
  try {
    await unwrap(
      getStudio().putSnapshot({
        id,
        title: documentName(source, plan.title),
        source:
          source.kind === 'file'
            ? { kind: 'file', name: source.name, grant: source.grant }
            : { kind: source.kind, name: source.name },
        planText: serializePlan(plan),
        openedAt,
      }),
    );
    const current = useFilesStore.getState().snapshot;
    if (current?.id === id) useFilesStore.setState({ snapshot: { ...current, stored: true } });
    failureShown = false;
  } catch (error) {
    if (failureShown) return;
    failureShown = true;
    notifications.show({
      color: 'yellow',
      title: 'No recovery copy',
      message: `${error instanceof Error ? error.message : String(error)} Save the plan to keep your changes safe.`,
    });
  }
}

async function discardNow(): Promise<void> {
  const current = useFilesStore.getState().snapshot;
  if (!current?.stored) return;
  useFilesStore.setState({ snapshot: { ...current, stored: false } });
  try {
    await unwrap(getStudio().discardSnapshot({ id: current.id }));
  } catch {
    // The copy stays and is offered at the next start: nothing is lost, only asked again.
  }
}
