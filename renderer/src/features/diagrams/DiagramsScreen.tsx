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
import { NO_EXPANSION, StreamExpansion } from './StreamExpansion';
import { cadenceWindowOf } from '../../../../core/diagrams/cadence-window';
import { CadenceWindowControls, PLAN_CADENCE_WINDOW } from './CadenceWindowControls';

const DEFAULT_OPTIONS: DiagramOptions = {};

/** Every diagram view of the open plan, one at a time, with export. */
export function DiagramsScreen({ options = DEFAULT_OPTIONS }: { options?: DiagramOptions }) {
  const plan = useCurrentPlan();
  const [view, setView] = useState<DiagramView>('packaged');
  const [expand, setExpand] = useState(NO_EXPANSION);
  const [cadence, setCadence] = useState(PLAN_CADENCE_WINDOW);
  const dialog = useExportDialog();
  const cadenceWindow = useMemo(
    () => (plan ? cadenceWindowOf(plan, cadence.start, cadence.span) : null),
    [plan, cadence],
  );
  // The stream view drawn with what the reader opened, the cadence over the weeks they chose;
  // the other views as the settings say. The export draws the same.
  const viewOptions = useMemo((): DiagramOptions => {
    if (view === 'streams') return { ...options, expand };
    if (view === 'cadence' && cadenceWindow) return { ...options, cadenceWindow };
    return options;
  }, [view, options, expand, cadenceWindow]);
  const diagrams = useMemo(() => {
    if (!plan) return [];
    try {
      return buildDiagram(plan, view, viewOptions).diagrams;
    } catch {
      return [];
    }
  }, [plan, view, viewOptions]);

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
      {view === 'streams' ? (
        <StreamExpansion plan={plan} value={expand} onChange={setExpand} />
      ) : null}
      {view === 'cadence' ? (
        <CadenceWindowControls window={cadenceWindow} value={cadence} onChange={setCadence} />
      ) : null}
      <DiagramPanel
        plan={plan}
        view={view}
        options={viewOptions}
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
        options={viewOptions}
      />
    </Stack>
  );
}
