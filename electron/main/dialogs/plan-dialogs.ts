import { join } from 'node:path';
import { BrowserWindow, dialog, shell } from 'electron';
import type { OpenDialogs } from '../documents/open-handlers';
import type { SaveDialogs } from '../documents/save-handlers';
import type { ExternalLinks } from '../security/external-link-handlers';

/** The plan Open and Save dialogs as Electron shows them, on the focused window if any. */
export function electronPlanDialogs(): OpenDialogs & SaveDialogs {
  return {
    choosePlanToOpen: async () => {
      const parent = BrowserWindow.getFocusedWindow();
      const options: Electron.OpenDialogOptions = {
        title: 'Open plan',
        properties: ['openFile'],
        filters: [
          { name: 'Transition plans', extensions: ['transition', 'json'] },
          { name: 'All files', extensions: ['*'] },
        ],
      };
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? undefined : result.filePaths[0];
    },
    choosePlanToSave: async ({ name, folder }) => {
      const parent = BrowserWindow.getFocusedWindow();
      const options: Electron.SaveDialogOptions = {
        title: 'Save plan',
        defaultPath: folder === undefined ? name : join(folder, name),
        filters: [{ name: 'Transition plans', extensions: ['transition'] }],
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      };
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || result.filePath === '' ? undefined : result.filePath;
    },
  };
}

/** Links leave the app through the browser, after a question showing the whole address. */
export function electronExternalLinks(): ExternalLinks {
  return {
    open: (url) => shell.openExternal(url),
    confirm: async (url) => {
      const options: Electron.MessageBoxOptions = {
        type: 'question',
        title: 'Open link',
        message: 'Open this address in your browser?',
        detail: url,
        buttons: ['Open in browser', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
        noLink: true,
      };
      const parent = BrowserWindow.getFocusedWindow();
      const result = parent
        ? await dialog.showMessageBox(parent, options)
        : await dialog.showMessageBox(options);
      return result.response === 0;
    },
  };
}
