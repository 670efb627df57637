import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useIsDirty } from '../../state/document-store';
import { reloadFromDisk, run } from './file-commands';

/** The body of the "changed on disk" notification: what it means, and a way to reload. */
export function ChangedOnDiskMessage({
  reason,
  path,
}: {
  reason: 'changed' | 'deleted';
  path: string;
}) {
  const dirty = useIsDirty();
  if (reason === 'deleted') {
    return (
      <Text size="sm">
        The plan is still open here. Save it to write it back, or Save As to put it elsewhere.
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      <Text size="sm">
        {dirty
          ? 'Another program changed the file. Your unsaved changes are kept; when you save, you choose which version wins.'
          : 'Another program changed the file. Reload to see its version.'}
      </Text>
      <Button
        size="xs"
        variant="light"
        color={dirty ? 'red' : undefined}
        onClick={run(async () => {
          notifications.hide(`changed-on-disk:${path}`);
          await reloadFromDisk();
        })}
      >
        {dirty ? 'Reload and discard my changes' : 'Reload'}
      </Button>
    </Stack>
  );
}
