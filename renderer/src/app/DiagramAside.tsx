import { Box, CloseButton, Group, Text } from '@mantine/core';
import { useDebouncedValue, useViewportSize } from '@mantine/hooks';
import { useCallback, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { DiagramPanel, useCurrentPlan, useDiagramOptions } from '../features/diagrams';
import { diagramPanelWidth, useUiStore } from '../state/ui-store';
import { SECTION_INFO } from '../ui/sections';

const KEY_STEP = 24;
const LIVE_DIAGRAM_DELAY_MS = 200;

/** The live diagram of the current section, in a panel whose left edge resizes it. */
export function DiagramAside() {
  const section = useUiStore((s) => s.section);
  const chosenWidth = useUiStore((s) => s.diagramPanel.width);
  const { width: windowWidth } = useViewportSize();
  const width = diagramPanelWidth(chosenWidth, windowWidth || window.innerWidth);
  const setDiagramPanel = useUiStore((s) => s.setDiagramPanel);
  const drag = useRef<{ x: number; width: number } | null>(null);

  const onPointerDown = useCallback(
    (event: PointerEvent<HTMLDivElement>) => {
      event.currentTarget.setPointerCapture(event.pointerId);
      drag.current = { x: event.clientX, width };
    },
    [width],
  );
  const onPointerMove = useCallback(
    (event: PointerEvent<HTMLDivElement>) => {
      if (!drag.current) return;
      setDiagramPanel({ width: drag.current.width + drag.current.x - event.clientX });
    },
    [setDiagramPanel],
  );
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'ArrowLeft') setDiagramPanel({ width: width + KEY_STEP });
    else if (event.key === 'ArrowRight') setDiagramPanel({ width: width - KEY_STEP });
    else return;
    event.preventDefault();
  };

  // Typing must not wait for a diagram: the live panel takes the plan once edits pause (its
  // drawing is debounced anyway), so a keystroke costs no diagram build.
  const [plan] = useDebouncedValue(useCurrentPlan(), LIVE_DIAGRAM_DELAY_MS);
  const options = useDiagramOptions();
  const view = SECTION_INFO[section].liveView;
  return (
    <Box pos="relative" h="100%" style={{ display: 'flex', flexDirection: 'column' }}>
      <div
        role="separator"
        aria-orientation="vertical"
        aria-label="Resize the diagram panel"
        aria-valuenow={width}
        tabIndex={0}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => (drag.current = null)}
        onKeyDown={onKeyDown}
        className="studio-resize-handle"
      />
      <Group justify="space-between" px="sm" py={6} wrap="nowrap">
        <Text size="sm" fw={600}>
          Live diagram
        </Text>
        <CloseButton
          aria-label="Hide the live diagram"
          onClick={() => {
            setDiagramPanel({ open: false });
          }}
        />
      </Group>
      <Box
        px="sm"
        pb="sm"
        style={{ flex: 1, minHeight: 0, overflow: 'auto' }}
        data-testid="live-diagram"
        data-view={view}
      >
        {plan && view ? (
          <DiagramPanel plan={plan} view={view} options={options} place="live" />
        ) : null}
      </Box>
    </Box>
  );
}
