import { Center, Overlay, Paper, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { ConflictModal } from './ConflictModal';
import { run, saveDocument, saveDocumentAs } from './file-commands';
import { RecoveryModal } from './RecoveryModal';
import { UnsavedChangesModal } from './UnsavedChangesModal';
import { useDocumentWindow } from './use-document-window';
import { useFileDrop } from './use-file-drop';
import { useFileEvents } from './use-file-events';
import { useRecoverySnapshots } from './use-recovery-snapshots';
import { useSettingsSync } from './use-settings-sync';

/**
 * Everything about files that is not a screen of its own: the dialogs (unsaved changes,
 * conflicts, recovery), the shortcuts, the drop target, the window title, the recovery
 * copies and the settings kept in the app database. Mounted once, beside the app.
 */
export function FilesHost() {
  useDocumentWindow();
  useFileEvents();
  useRecoverySnapshots();
  useSettingsSync();
  const dragging = useFileDrop();
  // Also inside text fields: every keystroke is already a plan edit.
  useHotkeys(
    [
      ['mod+S', run(saveDocument)],
      ['mod+shift+S', run(saveDocumentAs)],
    ],
    [],
  );
  return (
    <>
      <RecoveryModal />
      <ConflictModal />
      <UnsavedChangesModal />
      {dragging ? (
        <Overlay fixed blur={2} zIndex={400} backgroundOpacity={0.35}>
          <Center h="100%">
            <Paper p="xl" shadow="md" withBorder>
              <Text fw={600}>Drop a plan file to open it</Text>
            </Paper>
          </Center>
        </Overlay>
      ) : null}
    </>
  );
}
