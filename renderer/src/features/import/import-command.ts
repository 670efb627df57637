import { notifications } from '@mantine/notifications';
import { getStudio, unwrap } from '../../platform/studio';
import { useImportStore } from './import-store';

/**
 * File › Import…: main shows the open dialog and reads the file (the page never names a path);
 * the rows come back and the mapping dialog opens on them.
 */
export async function runImportCommand(): Promise<void> {
  try {
    const { file } = await unwrap(getStudio().chooseImportFile());
    if (file) useImportStore.getState().show(file);
  } catch (error) {
    notifications.show({
      title: 'Could not import',
      message: error instanceof Error ? error.message : String(error),
      color: 'red',
    });
  }
}
