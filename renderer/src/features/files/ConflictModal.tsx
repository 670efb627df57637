import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useFilesStore } from './files-store';

/** Another program changed or removed the file being saved: reload, overwrite or save as. */
export function ConflictModal() {
  const prompt = useFilesStore((s) => s.conflictPrompt);
  const deleted = prompt?.conflict.reason === 'deleted';
  return (
    <Modal
      opened={prompt !== null}
      onClose={() => prompt?.answer('cancel')}
      title={
        prompt
          ? deleted
            ? `“${prompt.conflict.name}” is no longer there`
            : `“${prompt.conflict.name}” changed on disk`
          : ''
      }
      centered
      closeButtonProps={{ 'aria-label': 'Close' }}
      size="lg"
    >
      <Stack gap="lg">
        <Text size="sm">
          {prompt?.conflict.message}{' '}
          {deleted
            ? 'Save it again where it was, or somewhere else.'
            : 'Keep your version (overwriting theirs), load theirs (dropping your changes), or save yours under another name.'}
        </Text>
        <Group justify="space-between">
          {deleted ? (
            <span />
          ) : (
            <Button variant="subtle" color="red" onClick={() => prompt?.answer('reload')}>
              Reload theirs
            </Button>
          )}
          <Group gap="xs">
            <Button variant="default" onClick={() => prompt?.answer('cancel')}>
              Cancel
            </Button>
            <Button variant="default" onClick={() => prompt?.answer('saveAs')}>
              Save As…
            </Button>
            <Button data-autofocus onClick={() => prompt?.answer('overwrite')}>
              {deleted ? 'Save again' : 'Overwrite'}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
