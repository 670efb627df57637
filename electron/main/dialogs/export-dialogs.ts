import { BrowserWindow, dialog } from 'electron';
import { EXPORT_FORMAT_LABELS, type ExportFormat } from '../../../core/export/file-names';
import type { ExportDialogs } from '../export/export-handlers';

/** The export dialogs as Electron shows them, attached to the focused window when there is one. */
export function electronExportDialogs(defaultFolder: () => string): ExportDialogs {
  return {
    chooseExportFile: async (suggestedName: string, format: ExportFormat) => {
      const options: Electron.SaveDialogOptions = {
        title: 'Export',
        defaultPath: `${defaultFolder()}/${suggestedName}`,
        filters: [{ name: EXPORT_FORMAT_LABELS[format], extensions: [format] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const parent = BrowserWindow.getFocusedWindow();
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? undefined : result.filePath;
    },
    chooseExportFolder: async () => {
      const options: Electron.OpenDialogOptions = {
        title: 'Export all views to a folder',
        buttonLabel: 'Export here',
        defaultPath: defaultFolder(),
        properties: ['openDirectory', 'createDirectory'],
      };
      const parent = BrowserWindow.getFocusedWindow();
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? undefined : result.filePaths[0];
    },
  };
}
