import { BrowserWindow, dialog } from 'electron';
import { FILE_EXPORT_FORMAT_LABELS, type FileExportFormat } from '../../../core/export/file-names';
import type { ExportDialogs } from '../export/export-handlers';
import { chooseFileToSave } from './save-file-dialog';

/** The export dialogs as Electron shows them, attached to the focused window when there is one. */
export function electronExportDialogs(defaultFolder: () => string): ExportDialogs {
  return {
    chooseExportFile: (suggestedName: string, format: FileExportFormat) =>
      chooseFileToSave('Export', `${defaultFolder()}/${suggestedName}`, {
        name: FILE_EXPORT_FORMAT_LABELS[format],
        extension: format,
      }),
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
