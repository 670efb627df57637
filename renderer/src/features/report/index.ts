export { ReportDialog } from './ReportDialog';
export { openReportDialog } from './report-store';
