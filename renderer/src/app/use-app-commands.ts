import { useHotkeys } from '@mantine/hooks';
import { useEffect } from 'react';
import type { MenuCommand } from '../../../core/contract/ipc/contract';
import { getStudio } from '../platform/studio';
import { redoPlanEdit, undoPlanEdit } from '../state/history';
import { SECTIONS, useUiStore } from '../state/ui-store';
import { requestDiagramExport } from '../features/diagrams';
import { runExportScheduleCommand, runImportCalendarCommand } from '../features/calendar';
import { runImportCommand } from '../features/import';
import { openReportDialog } from '../features/report';
import {
  newPlanCommand,
  openDialogCommand,
  openSampleCommand,
  run,
  saveDocument,
  saveDocumentAs,
} from '../features/files/file-commands';
import { runConvertCommand } from '../ui/convert-command';

/** Menu commands from main and the keyboard shortcuts of the whole window. */
export function useAppCommands(): void {
  useEffect(() => {
    // Opening another plan first settles the open one's unsaved changes.
    const handlers: Record<MenuCommand, () => void> = {
      new: run(newPlanCommand),
      open: run(openDialogCommand),
      openSample: run(openSampleCommand),
      save: run(saveDocument),
      saveAs: run(saveDocumentAs),
      undo: undoPlanEdit,
      redo: redoPlanEdit,
      convert: runConvertCommand,
      import: () => void runImportCommand(),
      importCalendar: () => void runImportCalendarCommand(),
      export: () => {
        useUiStore.getState().showSection('diagrams');
        requestDiagramExport();
      },
      exportReport: openReportDialog,
      exportSchedule: () => void runExportScheduleCommand(),
    };
    return getStudio().on('menuCommand', (command) => {
      handlers[command]();
    });
  }, []);

  // The plan's undo, also inside text fields (every keystroke is already a plan edit).
  useHotkeys(
    [
      ['mod+Z', undoPlanEdit],
      ['mod+shift+Z', redoPlanEdit],
      ['mod+Y', redoPlanEdit],
      ['mod+shift+K', runConvertCommand],
      ...SECTIONS.map(
        (section, index) =>
          [
            `alt+${String(index + 1)}`,
            () => {
              useUiStore.getState().showSection(section);
            },
          ] as [string, () => void],
      ),
    ],
    [],
  );
}
