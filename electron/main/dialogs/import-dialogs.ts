import { BrowserWindow, dialog } from 'electron';
import type { ImportDialogs } from '../import/import-handlers';

/** The File › Import… open dialog as Electron shows it, on the focused window if any. */
export function electronImportDialogs(): ImportDialogs {
  return {
    chooseFileToImport: () =>
      chooseFile('Import a release plan', {
        name: 'Workbooks, CSV and MS Project XML',
        extensions: ['xlsx', 'csv', 'tsv', 'txt', 'xml'],
      }),
    chooseCalendarToImport: () =>
      chooseFile('Import a change calendar', { name: 'iCalendar', extensions: ['ics', 'ical'] }),
  };
}

async function chooseFile(title: string, filter: Electron.FileFilter): Promise<string | undefined> {
  const parent = BrowserWindow.getFocusedWindow();
  const options: Electron.OpenDialogOptions = {
    title,
    properties: ['openFile'],
    filters: [filter, { name: 'All files', extensions: ['*'] }],
  };
  const result = parent
    ? await dialog.showOpenDialog(parent, options)
    : await dialog.showOpenDialog(options);
  return result.canceled ? undefined : result.filePaths[0];
}
