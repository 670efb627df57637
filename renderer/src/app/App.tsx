import {
  AppShell,
  Button,
  Center,
  Container,
  Group,
  Loader,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import type { MenuCommand } from '../../../core/ipc/contract';
import { DiagramsScreen, requestDiagramExport } from '../features/diagrams';
import { PlanOverview } from '../features/plan-overview/PlanOverview';
import { getStudio } from '../platform/studio';
import { useDocumentStore } from '../state/document-store';
import { ProblemAlert } from './ProblemAlert';

export function App() {
  const document = useDocumentStore((s) => s.document);
  const status = useDocumentStore((s) => s.status);
  const lastError = useDocumentStore((s) => s.lastError);
  const openSample = useDocumentStore((s) => s.openSample);
  const openFromDisk = useDocumentStore((s) => s.openFromDisk);
  const newPlan = useDocumentStore((s) => s.newPlan);
  const dismissError = useDocumentStore((s) => s.dismissError);
  const [tab, setTab] = useState<string | null>('plan');

  useEffect(() => {
    void openSample();
  }, [openSample]);

  useEffect(() => {
    const handlers: Record<MenuCommand, () => void> = {
      new: newPlan,
      open: () => void openFromDisk(),
      openSample: () => void openSample(),
      export: () => {
        setTab('diagrams');
        requestDiagramExport();
      },
    };
    return getStudio().on('menuCommand', (command) => {
      handlers[command]();
    });
  }, [newPlan, openFromDisk, openSample]);

  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Text fw={700} component="span">
            Transition Studio
          </Text>
          <Group gap="xs">
            <Button variant="default" size="xs" onClick={() => void openFromDisk()}>
              Open…
            </Button>
            <Button variant="default" size="xs" onClick={() => void openSample()}>
              Open the example
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <Container size="lg">
          <Stack>
            {lastError ? <ProblemAlert error={lastError} onClose={dismissError} /> : null}
            {document ? (
              <Tabs value={tab} onChange={setTab} keepMounted={false}>
                <Tabs.List mb="md">
                  <Tabs.Tab value="plan">Plan</Tabs.Tab>
                  <Tabs.Tab value="diagrams">Diagrams</Tabs.Tab>
                </Tabs.List>
                <Tabs.Panel value="plan">
                  <PlanOverview document={document} />
                </Tabs.Panel>
                <Tabs.Panel value="diagrams">
                  <DiagramsScreen />
                </Tabs.Panel>
              </Tabs>
            ) : status === 'loading' || status === 'idle' ? (
              <Center h={200}>
                <Loader aria-label="Loading the plan" />
              </Center>
            ) : (
              <Stack align="center" py="xl">
                <Title order={2}>No plan open</Title>
                <Text c="dimmed">Open a plan file, or open the example to see how one looks.</Text>
              </Stack>
            )}
          </Stack>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
