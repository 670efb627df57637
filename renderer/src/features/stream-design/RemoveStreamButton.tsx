import { ActionIcon, Button, Group, Modal, Stack, Text, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { Stream } from '../../../../core/plan/schema';
import { TrashIcon } from '../../ui/icons';

/** Removing a stream asks first: its items may end up in no stream. Undo brings it back. */
export function RemoveStreamButton({
  stream,
  owner,
  onRemove,
}: {
  stream: Stream;
  owner: string;
  onRemove: () => void;
}) {
  const [opened, { open, close }] = useDisclosure(false);
  const count = stream.sourceItemIds.length;
  return (
    <>
      <Tooltip label="Remove this stream" openDelay={300}>
        <ActionIcon variant="subtle" color="red" aria-label={`Remove ${owner}`} onClick={open}>
          <TrashIcon />
        </ActionIcon>
      </Tooltip>
      <Modal opened={opened} onClose={close} title={`Remove ${owner}?`} centered>
        <Stack gap="md">
          <Text size="sm">
            {count === 0
              ? 'It carries no item.'
              : `Its ${String(count)} ${count === 1 ? 'item goes' : 'items go'} back to unmapped unless another stream carries ${count === 1 ? 'it' : 'them'}.`}{' '}
            {stream.derivedFrom ? 'Converting again will not bring it back. ' : ''}
            Undo restores it.
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Keep it
            </Button>
            <Button
              // Shade 9: white text on it stays above 4.5:1 (the default red is about 3.3:1).
              color="red.9"
              onClick={() => {
                close();
                onRemove();
              }}
            >
              Remove stream
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
