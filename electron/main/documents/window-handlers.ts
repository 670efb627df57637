import type { SendChannel } from '../../../core/contract/ipc/channels';
import type { SendPayloadOf } from '../../../core/contract/ipc/contract';
import type { HandlersFor } from '../ipc/handler-types';
import { storeWrite } from './document-files';
import type { DocumentServices } from './document-services';

/** What main does with each one-way message of the page; nothing is answered. */
export type SendHandlerTable = {
  readonly [C in SendChannel]: (message: SendPayloadOf<C>) => void;
};

/** The window: what the page reports of its document, and its answer to a close. */
export function createSendHandlers(services: DocumentServices): SendHandlerTable {
  const { watcher, grants } = services;
  return {
    reportDocumentState: ({ name, dirty, grant, undo = null, redo = null }) => {
      // Main knows the file and the version from its own open or save, not from the page.
      const granted = grant === null ? null : grants.find(grant);
      services.window.setDocumentState({ name, dirty, path: granted?.path ?? null, undo, redo });
      if (granted === null || granted === undefined) watcher.stop();
      else watcher.watch(granted.path, granted.stamp);
    },

    answerCloseRequest: ({ proceed }) => {
      services.window.answerCloseRequest(proceed);
    },
  };
}

/** The app's settings, read and changed by the page. */
export function createSettingsHandlers(
  services: DocumentServices,
): HandlersFor<'getSettings' | 'updateSettings'> {
  const { store } = services;
  return {
    getSettings: () => Promise.resolve(store.settings),
    updateSettings: (patch) => storeWrite(() => store.updateSettings(patch)),
  };
}
