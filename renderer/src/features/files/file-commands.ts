import { notifications } from '@mantine/notifications';
import type { OpenedFile, PlanDocument, PlanSource } from '../../../../core/contract/ipc/contract';
import type { Plan } from '../../../../core/plan/schema';
import { StudioCallError, getStudio, unwrap } from '../../platform/studio';
import { isDirty, useDocumentStore } from '../../state/document-store';
import { useUiStore } from '../../state/ui-store';
import { documentName, suggestedFileName } from './document-names';
import { askAboutConflict, askAboutUnsavedChanges, useFilesStore } from './files-store';
import { discardSnapshot } from './snapshots';

/**
 * The file commands of the open document: save, save as, and opening another plan in its
 * place (which first asks what to do with unsaved changes). Each one reports failures through
 * the document store (the alert above the editor) and never loses what is open.
 */

function currentName(): string {
  const { source, plan } = useDocumentStore.getState();
  return documentName(source, plan?.title);
}

/** Saves the open plan to its file (Save As for a plan that has none). True when it was saved. */
export async function saveDocument(): Promise<boolean> {
  const { plan, source } = useDocumentStore.getState();
  if (!plan || useFilesStore.getState().saving) return false;
  if (source?.kind !== 'file') return saveDocumentAs();
  return runSave(async () => {
    const outcome = await unwrap(getStudio().savePlan({ grant: source.grant, plan }));
    if ('saved' in outcome) return outcome.saved.source;
    const choice = await askAboutConflict(outcome.conflict);
    switch (choice) {
      case 'overwrite': {
        const forced = await unwrap(
          getStudio().savePlan({ grant: source.grant, plan, overwrite: true }),
        );
        return 'saved' in forced ? forced.saved.source : null;
      }
      case 'saveAs':
        return 'save-as';
      case 'reload':
        await reloadFromDisk();
        return null;
      case 'cancel':
        return null;
    }
  }, plan);
}

/** Asks where to save and saves there; the document then belongs to the new file. */
export async function saveDocumentAs(): Promise<boolean> {
  const { plan, source } = useDocumentStore.getState();
  if (!plan || useFilesStore.getState().saving) return false;
  const near = source?.kind === 'file' ? source.grant : undefined;
  return runSave(async () => {
    const outcome = await unwrap(
      getStudio().savePlanAs({
        plan,
        suggestedName: suggestedFileName(source, plan.title),
        ...(near === undefined ? {} : { near }),
      }),
    );
    if ('saved' in outcome) return outcome.saved.source;
    if ('conflict' in outcome) {
      useDocumentStore.getState().reportError({
        code: 'save-failed',
        message: `${outcome.conflict.message} Choose Save As again to pick another name.`,
      });
    }
    return null;
  }, plan);
}

/** A save's end: where the plan now lives, a switch to Save As, or nothing saved. */
type SaveResult = PlanSource | 'save-as' | null;

async function runSave(attempt: () => Promise<SaveResult>, plan: Plan): Promise<boolean> {
  useFilesStore.setState({ saving: true });
  let result: SaveResult;
  try {
    result = await attempt();
  } catch (error) {
    useDocumentStore.getState().reportError(error);
    return false;
  } finally {
    useFilesStore.setState({ saving: false });
  }
  if (result === 'save-as') return saveDocumentAs();
  if (result === null) return false;
  // The plan that was written: edits made while saving stay unsaved.
  useDocumentStore.getState().markSaved(result, plan);
  useDocumentStore.getState().dismissError();
  await discardSnapshot();
  return true;
}

/** Reads the document's file again, dropping the edits (after the user chose to). */
export async function reloadFromDisk(): Promise<void> {
  const { source } = useDocumentStore.getState();
  if (source?.kind !== 'file') return;
  await discardSnapshot();
  const { grant } = source;
  await openWith(() => unwrap(getStudio().openFile({ grant })).then((a) => a.document));
}

/**
 * Runs `replace` (open another plan, start a new one) once the open plan's unsaved changes are
 * saved or the user chose to drop them; nothing happens when they cancel.
 */
export async function guardUnsaved(replace: () => unknown): Promise<void> {
  // A clean document goes at once (synchronously): nothing to ask.
  if (!isDirty(useDocumentStore.getState())) {
    await replace();
    return;
  }
  if (await settleUnsavedChanges('replace')) await replace();
}

/** True when the document may go: it was clean, got saved, or the user discarded its edits. */
export async function settleUnsavedChanges(reason: 'close' | 'quit' | 'replace'): Promise<boolean> {
  if (!isDirty(useDocumentStore.getState())) return true;
  const choice = await askAboutUnsavedChanges(reason, currentName());
  if (choice === 'cancel') return false;
  if (choice === 'save') return saveDocument();
  await discardSnapshot();
  return true;
}

/** Opens a document fetched from main in place of the open one; failures keep it open. */
export async function openWith(fetch: () => Promise<PlanDocument | null>): Promise<void> {
  const store = useDocumentStore.getState();
  try {
    const document = await fetch();
    if (document) store.openDocument(document);
  } catch (error) {
    store.reportError(error);
  }
}

/**
 * Shows a file main opened because the OS, the Open Recent menu or a second launch asked for
 * it: the plan replaces the open one once its unsaved changes are settled; a file that could
 * not be opened is said in a sentence and the open plan stays.
 */
export function openFileFromMain(opened: OpenedFile): Promise<void> {
  if ('error' in opened) {
    useDocumentStore.getState().reportError(new StudioCallError(opened.error));
    return Promise.resolve();
  }
  return guardUnsaved(() => openWith(() => Promise.resolve(opened.document)));
}

export function openRecentCommand(grant: string): Promise<void> {
  return guardUnsaved(() =>
    openWith(async () => (await unwrap(getStudio().openRecent({ grant }))).document),
  );
}

/** Opens a file dropped on the window; the page hands main the File, never a path. */
export function openDroppedCommand(file: File): Promise<void> {
  return guardUnsaved(() =>
    openWith(async () => (await unwrap(getStudio().openDroppedFile(file))).document),
  );
}

export function openDialogCommand(): Promise<void> {
  return guardUnsaved(() => useDocumentStore.getState().openFromDisk());
}

export function newPlanCommand(): Promise<void> {
  return guardUnsaved(() => {
    useDocumentStore.getState().newPlan();
    // A plan starts with why and for whom: the strategy, before any delivery.
    useUiStore.getState().showSection('strategy');
  });
}

export function openSampleCommand(): Promise<void> {
  return guardUnsaved(() => useDocumentStore.getState().openSample());
}

/** For menu items and shortcuts that cannot await. */
export function run(command: () => Promise<unknown>): () => void {
  return () => {
    command().catch((error: unknown) => {
      notifications.show({
        color: 'red',
        title: 'Something went wrong',
        message: error instanceof Error ? error.message : String(error),
      });
    });
  };
}
