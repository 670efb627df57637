import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { undoPlanEdit } from '../state/history';

/**
 * Says what a removal took with it, with an Undo button beside the words: the removal itself
 * asks nothing, and one click (or Ctrl+Z) brings everything back.
 */
export function showRemovalNotice(notice: { id: string; title: string; message: string }): void {
  notifications.show({
    id: notice.id,
    title: notice.title,
    message: (
      <Group justify="space-between" gap="sm" wrap="nowrap">
        <Text size="sm">{notice.message}</Text>
        <Button
          size="compact-sm"
          variant="light"
          style={{ flexShrink: 0 }}
          onClick={() => {
            undoPlanEdit();
            notifications.hide(notice.id);
          }}
        >
          Undo
        </Button>
      </Group>
    ),
    autoClose: 8000,
  });
}
