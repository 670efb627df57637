export { ImportDialog } from './ImportDialog';
export { runImportCommand } from './import-command';
