import { BrowserWindow, dialog } from 'electron';

/**
 * The one native save dialog of the exports (views, reports): one file type, attached to the
 * focused window when there is one, the overwrite question asked by the platform.
 */
export async function chooseFileToSave(
  title: string,
  defaultPath: string,
  filter: { name: string; extension: string },
): Promise<string | undefined> {
  const options: Electron.SaveDialogOptions = {
    title,
    defaultPath,
    filters: [{ name: filter.name, extensions: [filter.extension] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const parent = BrowserWindow.getFocusedWindow();
  const result = parent
    ? await dialog.showSaveDialog(parent, options)
    : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? undefined : result.filePath;
}
