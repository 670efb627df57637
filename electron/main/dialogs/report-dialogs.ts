import type { ReportFormat } from '../../../core/contract/ipc/report-contract';
import { chooseFileToSave } from './save-file-dialog';

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
  return (suggestedName, format) =>
    chooseFileToSave('Export report', `${defaultFolder()}/${suggestedName}`, {
      name: LABELS[format],
      extension: format,
    });
}
