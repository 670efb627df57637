export { ChangeCalendarSection } from './ChangeCalendarSection';
export { runExportScheduleCommand } from './export-schedule-command';
export { runImportCalendarCommand } from './import-calendar-command';
