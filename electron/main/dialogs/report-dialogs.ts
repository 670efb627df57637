import { BrowserWindow, dialog } from 'electron';
import type { ReportFormat } from '../../../core/contract/ipc/report-contract';

const LABELS: Record<ReportFormat, string> = {
  md: 'Markdown',
  html: 'HTML page',
  pdf: 'PDF document',
  docx: 'Word document',
};

/** The save dialog of File › Export report…, attached to the focused window when there is one. */
export function electronChooseReportFile(
  defaultFolder: () => string,
): (suggestedName: string, format: ReportFormat) => Promise<string | undefined> {
  return async (suggestedName, format) => {
    const options: Electron.SaveDialogOptions = {
      title: 'Export report',
      defaultPath: `${defaultFolder()}/${suggestedName}`,
      filters: [{ name: LABELS[format], extensions: [format] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const parent = BrowserWindow.getFocusedWindow();
    const result = parent
      ? await dialog.showSaveDialog(parent, options)
      : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? undefined : result.filePath;
  };
}
