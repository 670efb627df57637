import type { HandlersFor } from '../ipc/handler-types';
import { storeWrite } from './document-files';
import type { DocumentServices } from './document-services';

type WindowChannel =
  'reportDocumentState' | 'answerCloseRequest' | 'getSettings' | 'updateSettings';

/** The window and the app's settings: what the page reports, and what it reads and changes. */
export function createWindowHandlers(services: DocumentServices): HandlersFor<WindowChannel> {
  const { store, watcher, grants } = services;
  return {
    reportDocumentState: ({ name, dirty, grant }) => {
      // Main knows the file and the version from its own open or save, not from the page.
      const granted = grant === null ? null : grants.resolve(grant);
      services.window.setDocumentState({ name, dirty, path: granted?.path ?? null });
      if (granted === null) watcher.stop();
      else watcher.watch(granted.path, granted.stamp);
      return Promise.resolve({});
    },

    answerCloseRequest: ({ proceed }) => {
      services.window.answerCloseRequest(proceed);
      return Promise.resolve({});
    },

    getSettings: () => Promise.resolve(store.settings),

    updateSettings: (patch) => storeWrite(() => store.updateSettings(patch)),
  };
}
