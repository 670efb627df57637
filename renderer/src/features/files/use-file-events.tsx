import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { getStudio, unwrap } from '../../platform/studio';
import { useDocumentStore } from '../../state/document-store';
import { openFileFromMain, run, settleUnsavedChanges } from './file-commands';
import { useFilesStore } from './files-store';
import { ChangedOnDiskMessage } from './ChangedOnDiskMessage';

/** One start-up hand-over per bridge (per page load), whatever React mounts twice. */
const startups = new WeakMap<object, Promise<void>>();

/**
 * What main tells the page once at start (notices, the file the OS asked to open, unsaved plans
 * of a previous run, the recent files). Taken once per page load, even under StrictMode's
 * double effects, since main hands each item over only once.
 */
function takeStartupState(): Promise<void> {
  const studio = getStudio();
  const taken = startups.get(studio);
  if (taken) return taken;
  const startup = (async () => {
    const [state, recovery, recent] = await Promise.allSettled([
      unwrap(studio.takeStartupState()),
      unwrap(studio.listRecoverableSnapshots()),
      unwrap(studio.listRecentFiles()),
    ]);
    if (recent.status === 'fulfilled') useFilesStore.setState({ recentFiles: recent.value.files });
    if (recovery.status === 'fulfilled') {
      useFilesStore.setState({ recoverable: recovery.value.snapshots });
    }
    if (state.status !== 'fulfilled') return;
    for (const notice of state.value.notices) {
      notifications.show({
        color: notice.level === 'warning' ? 'yellow' : 'blue',
        title: notice.title,
        message: notice.message,
        autoClose: false,
      });
    }
    // Main already opened it (the newest only: one document at a time).
    if (state.value.fileOpened) await openFileFromMain(state.value.fileOpened);
  })();
  startups.set(studio, startup);
  return startup;
}

/** Events from main about files and the window, and the start-up hand-over. */
export function useFileEvents(): void {
  useEffect(() => {
    void takeStartupState().catch(() => undefined);
    const studio = getStudio();
    const offs = [
      studio.on('fileOpened', (opened) => {
        run(() => openFileFromMain(opened))();
      }),
      studio.on('recentFilesChanged', ({ files }) => {
        useFilesStore.setState({ recentFiles: files });
      }),
      studio.on('closeRequested', ({ quitting }) => {
        run(async () => {
          const proceed = await settleUnsavedChanges(quitting ? 'quit' : 'close');
          studio.answerCloseRequest({ proceed });
        })();
      }),
      studio.on('fileChangedOnDisk', ({ path, reason }) => {
        const { source } = useDocumentStore.getState();
        if (source?.kind !== 'file' || source.path !== path) return;
        notifications.show({
          id: `changed-on-disk:${path}`,
          color: 'yellow',
          autoClose: false,
          title:
            reason === 'deleted'
              ? `“${source.name}” was deleted or moved`
              : `“${source.name}” changed on disk`,
          message: <ChangedOnDiskMessage reason={reason} path={path} />,
        });
      }),
    ];
    return () => {
      for (const off of offs) off();
    };
  }, []);
}
