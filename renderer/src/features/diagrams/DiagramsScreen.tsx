import { Button, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import {
  DIAGRAM_VIEWS,
  DIAGRAM_VIEW_TITLES,
  buildDiagram,
  type DiagramOptions,
  type DiagramView,
} from '../../../../core/diagrams';
import { useCurrentPlan } from './current-plan';
import { DiagramPanel } from './DiagramPanel';
import { ExportDialog } from './ExportDialog';
import { useExportDialog } from './export-request';

const DEFAULT_OPTIONS: DiagramOptions = {};

/** Every diagram view of the open plan, one at a time, with export. */
export function DiagramsScreen({ options = DEFAULT_OPTIONS }: { options?: DiagramOptions }) {
  const plan = useCurrentPlan();
  const [view, setView] = useState<DiagramView>('packaged');
  const dialog = useExportDialog();
  const diagrams = useMemo(() => {
    if (!plan) return [];
    try {
      return buildDiagram(plan, view, options).diagrams;
    } catch {
      return [];
    }
  }, [plan, view, options]);

  if (!plan) {
    return <Text c="dimmed">Open a plan to see its diagrams.</Text>;
  }
  const index = Math.min(dialog.diagramIndex, Math.max(0, diagrams.length - 1));
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={2}>Diagrams</Title>
        <Button variant="default" onClick={() => dialog.open(0)}>
          Export…
        </Button>
      </Group>
      <SegmentedControl
        aria-label="Diagram view"
        value={view}
        onChange={(value) => setView(value)}
        data={DIAGRAM_VIEWS.map((value) => ({ value, label: DIAGRAM_VIEW_TITLES[value] }))}
        fullWidth
      />
      <DiagramPanel
        plan={plan}
        view={view}
        options={options}
        onExport={(_diagram, diagramIndex) => dialog.open(diagramIndex)}
      />
      <ExportDialog
        opened={dialog.opened}
        onClose={dialog.close}
        plan={plan}
        view={view}
        viewTitle={DIAGRAM_VIEW_TITLES[view]}
        diagram={diagrams[index]}
        index={index}
        count={diagrams.length}
        options={options}
      />
    </Stack>
  );
}
