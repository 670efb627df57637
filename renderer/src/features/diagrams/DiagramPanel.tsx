import { Alert, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import {
  buildDiagram,
  tooLargeToDrawLive,
  type Diagram,
  type DiagramOptions,
  type DiagramSet,
  type DiagramView,
} from '../../../../core/diagrams';
import type { Plan } from '../../../../core/plan/schema';
import { DiagramCanvas } from './DiagramCanvas';
import { useDiagramTheme } from './use-diagram-theme';

export interface DiagramPanelProps {
  plan: Plan;
  view: DiagramView;
  /** Keep the same object between renders (useMemo or a constant): it keys the rebuild. */
  options?: DiagramOptions;
  /** Offered on each diagram when given: export that diagram. */
  onExport?: (diagram: Diagram, index: number, set: DiagramSet) => void;
  /** The live panel beside an editor or the Diagrams screen: each keeps its own zoom per view. */
  place?: 'live' | 'screen';
}

/** Timelines are wide and short: they open at a readable size rather than squeezed to fit. */
const TIMELINE_VIEWS: ReadonlySet<DiagramView> = new Set(['packaged', 'cadence']);

type Built =
  | { ok: true; set: DiagramSet }
  | { ok: false; message: string }
  | { ok: 'too-large'; message: string };

/**
 * One view of a plan: every diagram of it (a view too large for one diagram is split), and the
 * sentence saying so when the view had to be aggregated or split.
 */
export function DiagramPanel({
  plan,
  view,
  options,
  onExport,
  place = 'screen',
}: DiagramPanelProps) {
  const theme = useDiagramTheme();
  const built = useMemo((): Built => {
    // Beside an editor the view is rebuilt on every edit: a huge plan is not drawn there.
    const tooLarge = place === 'live' ? tooLargeToDrawLive(plan) : null;
    if (tooLarge !== null) return { ok: 'too-large', message: tooLarge };
    try {
      return { ok: true, set: buildDiagram(plan, view, options) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  }, [plan, view, options, place]);

  if (built.ok === 'too-large') {
    return (
      <Alert color="blue" variant="light" title="Not drawn live" data-testid="diagram-too-large">
        {built.message}
      </Alert>
    );
  }
  if (!built.ok) {
    return (
      <Alert color="red" title="This view could not be made from the plan">
        {built.message}
      </Alert>
    );
  }
  const { set } = built;
  return (
    <Stack gap="md" data-testid={`diagram-panel-${view}`}>
      {set.reduced ? (
        <Alert
          color="blue"
          variant="light"
          title={set.reduced.how === 'split' ? 'Shown in parts' : 'Shown in summary'}
        >
          {set.reduced.message}
        </Alert>
      ) : null}
      {set.diagrams.length === 0 ? (
        <Text c="dimmed">There is nothing to draw in this view yet.</Text>
      ) : (
        set.diagrams.map((diagram, index) => (
          <DiagramCanvas
            key={`${view}-${String(index)}`}
            diagram={diagram}
            theme={theme}
            height={set.diagrams.length > 1 ? 420 : 560}
            fitMode={TIMELINE_VIEWS.has(view) ? 'readable' : 'width'}
            zoomKey={`${place}:${view}:${String(index)}`}
            onExport={onExport ? () => onExport(diagram, index, set) : undefined}
          />
        ))
      )}
    </Stack>
  );
}
