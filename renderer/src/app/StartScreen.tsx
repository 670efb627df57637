import { Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { runImportCommand } from '../features/import';
import type { ReactNode } from 'react';
import { RecentFilesList } from '../features/files/RecentFilesList';
import { useDocumentStore } from '../state/document-store';
import { newPlanCommand } from '../features/files/file-commands';

/** What the app shows with no plan open: start a plan, open one, or look at the example. */
export function StartScreen({ error }: { error: ReactNode }) {
  const openFromDisk = useDocumentStore((s) => s.openFromDisk);
  const openSample = useDocumentStore((s) => s.openSample);
  const loading = useDocumentStore((s) => s.status === 'loading');
  return (
    <Center mih="100vh" p="md">
      <Stack w={520} gap="lg">
        <Stack gap={4}>
          <Title order={1}>Transition Studio</Title>
          <Text c="dimmed">
            Plan how a new or changed service goes live: write the transition strategy, build the
            packaged release plan, and convert it into DevOps streams with every item traced.
          </Text>
        </Stack>
        {error}
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Button onClick={() => void newPlanCommand()} disabled={loading}>
              New plan
            </Button>
            <Button variant="default" onClick={() => void openFromDisk()} loading={loading}>
              Open…
            </Button>
            <Button variant="default" onClick={() => void openSample()} disabled={loading}>
              Open the example
            </Button>
            <Button variant="default" onClick={() => void runImportCommand()} disabled={loading}>
              Import a spreadsheet…
            </Button>
          </Stack>
        </Paper>
        <RecentFilesList />
      </Stack>
    </Center>
  );
}
