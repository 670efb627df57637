export { ChangeCalendarSection } from './ChangeCalendarSection';
export { runImportCalendarCommand } from './import-calendar-command';
