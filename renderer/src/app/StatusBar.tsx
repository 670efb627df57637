import { Group, Text, UnstyledButton } from '@mantine/core';
import { useFilesStore } from '../features/files/files-store';
import { useDocumentStore, useIsDirty } from '../state/document-store';
import { usePlanProblems } from '../state/validation';
import { useUiStore } from '../state/ui-store';

/** The bottom line: which file, whether it is saved, and how many problems the plan has. */
export function StatusBar() {
  const source = useDocumentStore((s) => s.source);
  const dirty = useIsDirty();
  const saving = useFilesStore((s) => s.saving);
  const { all } = usePlanProblems();
  const showSection = useUiStore((s) => s.showSection);
  const where =
    source?.kind === 'file'
      ? source.path
      : source?.kind === 'sample'
        ? 'Example plan'
        : 'Not saved yet';
  return (
    <Group h="100%" px="md" gap="lg" justify="space-between" wrap="nowrap" role="status">
      <Text size="xs" truncate title={where} data-testid="status-file">
        {where}
      </Text>
      <Group gap="lg" wrap="nowrap">
        <Text size="xs" data-testid="status-saved">
          {saving
            ? 'Saving…'
            : dirty
              ? 'Unsaved changes'
              : source?.kind === 'new'
                ? 'Nothing to save yet'
                : 'Saved'}
        </Text>
        <UnstyledButton
          onClick={() => {
            showSection('readiness');
          }}
          title="Show readiness"
        >
          <Text
            size="xs"
            c={all.length > 0 ? 'var(--mantine-color-error)' : undefined}
            data-testid="status-problems"
          >
            {all.length === 0
              ? 'No problems'
              : `${String(all.length)} ${all.length === 1 ? 'problem' : 'problems'}`}
          </Text>
        </UnstyledButton>
      </Group>
    </Group>
  );
}
