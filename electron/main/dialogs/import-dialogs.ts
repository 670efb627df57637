import { BrowserWindow, dialog } from 'electron';
import type { ImportDialogs } from '../import/import-handlers';

/** The File › Import… open dialog as Electron shows it, on the focused window if any. */
export function electronImportDialogs(): ImportDialogs {
  return {
    chooseFileToImport: async () => {
      const parent = BrowserWindow.getFocusedWindow();
      const options: Electron.OpenDialogOptions = {
        title: 'Import a release plan',
        properties: ['openFile'],
        filters: [
          {
            name: 'Workbooks, CSV and MS Project XML',
            extensions: ['xlsx', 'csv', 'tsv', 'txt', 'xml'],
          },
          { name: 'All files', extensions: ['*'] },
        ],
      };
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? undefined : result.filePaths[0];
    },
  };
}
