import { Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { format, isToday } from 'date-fns';
import { useState } from 'react';
import type { SnapshotSummary } from '../../../../core/contract/ipc/contract';
import { getStudio, unwrap } from '../../platform/studio';
import { useDocumentStore } from '../../state/document-store';
import { guardUnsaved, run } from './file-commands';
import { useFilesStore } from './files-store';
import { adoptSnapshot } from './snapshots';

function when(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'at an unknown time';
  return isToday(date)
    ? `today at ${format(date, 'HH:mm')}`
    : format(date, "d MMM yyyy 'at' HH:mm");
}

function where(snapshot: SnapshotSummary): string {
  if (snapshot.source.kind === 'file') return snapshot.source.path;
  return snapshot.source.kind === 'sample' ? 'The example plan' : 'Never saved';
}

async function restore(snapshot: SnapshotSummary): Promise<void> {
  await guardUnsaved(async () => {
    try {
      const { document } = await unwrap(getStudio().restoreSnapshot({ id: snapshot.id }));
      const store = useDocumentStore.getState();
      store.openDocument(document, { dirty: true });
      adoptSnapshot(useDocumentStore.getState().documentId, snapshot.id, snapshot.openedAt);
      forget(snapshot.id);
    } catch (error) {
      useDocumentStore.getState().reportError(error);
    }
  });
}

async function discard(snapshot: SnapshotSummary): Promise<void> {
  try {
    await unwrap(getStudio().discardSnapshot({ id: snapshot.id }));
    forget(snapshot.id);
  } catch (error) {
    useDocumentStore.getState().reportError(error);
  }
}

function forget(id: string): void {
  useFilesStore.setState((s) => ({ recoverable: s.recoverable.filter((r) => r.id !== id) }));
}

/** At start: the unsaved plans a previous run left behind, each to restore or discard. */
export function RecoveryModal() {
  const recoverable = useFilesStore((s) => s.recoverable);
  const [later, setLater] = useState(false);
  return (
    <Modal
      opened={recoverable.length > 0 && !later}
      onClose={() => {
        setLater(true);
      }}
      title="Recover unsaved changes"
      centered
      closeButtonProps={{ 'aria-label': 'Close' }}
      size="lg"
    >
      <Stack gap="md">
        <Text size="sm">
          Transition Studio stopped before{' '}
          {recoverable.length === 1 ? 'this plan was' : 'these plans were'} saved. Restore brings
          the changes back, unsaved; Discard drops them for good.
        </Text>
        {recoverable.map((snapshot, index) => (
          <Paper key={snapshot.id} withBorder p="sm" data-testid="recoverable-plan">
            <Group justify="space-between" wrap="nowrap">
              <Stack gap={2} miw={0}>
                <Text fw={600} truncate>
                  {snapshot.title}
                </Text>
                <Text size="xs" c="dimmed" truncate title={where(snapshot)}>
                  {where(snapshot)}
                </Text>
                <Text size="xs" c="dimmed">
                  Last copied {when(snapshot.savedAt)}
                </Text>
              </Stack>
              <Group gap="xs" wrap="nowrap">
                <Button
                  variant="subtle"
                  color="red"
                  onClick={run(() => discard(snapshot))}
                  aria-label={`Discard the changes to ${snapshot.title}`}
                >
                  Discard
                </Button>
                <Button
                  data-autofocus={index === 0 ? true : undefined}
                  onClick={run(() => restore(snapshot))}
                  aria-label={`Restore ${snapshot.title}`}
                >
                  Restore
                </Button>
              </Group>
            </Group>
          </Paper>
        ))}
        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={() => {
              setLater(true);
            }}
          >
            Decide later
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
