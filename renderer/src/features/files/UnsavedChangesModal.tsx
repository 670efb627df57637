import { Button, Group, Modal, Text } from '@mantine/core';
import { useFilesStore } from './files-store';

const QUESTION = {
  close: 'before closing',
  quit: 'before quitting',
  replace: 'before opening another plan',
} as const;

/** Save / Don't Save / Cancel, for closing, quitting or replacing a plan with unsaved changes. */
export function UnsavedChangesModal() {
  const prompt = useFilesStore((s) => s.unsavedPrompt);
  const saving = useFilesStore((s) => s.saving);
  return (
    <Modal
      opened={prompt !== null}
      onClose={() => prompt?.answer('cancel')}
      title={prompt ? `Save the changes to “${prompt.name}” ${QUESTION[prompt.reason]}?` : ''}
      centered
      closeButtonProps={{ 'aria-label': 'Close' }}
      size="md"
    >
      <Text size="sm" mb="lg">
        Your changes will be lost if you don’t save them.
      </Text>
      <Group justify="space-between">
        <Button variant="subtle" color="red" onClick={() => prompt?.answer('discard')}>
          Don’t Save
        </Button>
        <Group gap="xs">
          <Button variant="default" onClick={() => prompt?.answer('cancel')}>
            Cancel
          </Button>
          <Button data-autofocus loading={saving} onClick={() => prompt?.answer('save')}>
            Save
          </Button>
        </Group>
      </Group>
    </Modal>
  );
}
