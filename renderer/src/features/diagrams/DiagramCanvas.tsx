import { Box, Button, Center, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import type { Diagram } from '../../../../core/diagrams';
import type { DiagramTheme } from '../../diagrams/mermaid-runtime';
import { copyDiagramSource } from './copy-source';
import { DiagramFailure } from './DiagramFailure';
import { DiagramViewport, type OpenFit } from './DiagramViewport';
import { useRenderedDiagram } from './use-rendered-diagram';

interface Props {
  diagram: Diagram;
  theme: DiagramTheme;
  height?: number;
  onExport?: () => void;
  fitMode?: OpenFit;
  /** Keys the zoom the user chose for this diagram (see zoom-memory). */
  zoomKey?: string;
}

/** One diagram: its title, copy and export actions, and the drawing (or why there is none). */
export function DiagramCanvas({ diagram, theme, height = 560, onExport, fitMode, zoomKey }: Props) {
  const { outcome, pending } = useRenderedDiagram(diagram.source, theme);
  return (
    <Paper withBorder radius="sm" p="sm" data-testid="diagram" aria-busy={pending}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600} component="h3" size="md" m={0}>
            {diagram.title}
          </Text>
          <Group gap="xs" wrap="nowrap">
            {pending && outcome !== undefined ? (
              <Loader size="xs" role="status" aria-label="Updating the drawing" />
            ) : null}
            <Button
              variant="default"
              size="xs"
              onClick={() => void copyDiagramSource(diagram.title, diagram.source)}
            >
              Copy source
            </Button>
            {onExport ? (
              <Button variant="default" size="xs" onClick={onExport}>
                Export…
              </Button>
            ) : null}
          </Group>
        </Group>
        {outcome === undefined ? (
          <Center h={height}>
            <Loader role="status" aria-label={`Drawing ${diagram.title}`} />
          </Center>
        ) : outcome.ok ? (
          <Box style={{ opacity: pending ? 0.6 : 1, transition: 'opacity 120ms' }}>
            <DiagramViewport
              svg={outcome.svg}
              title={diagram.title}
              height={height}
              {...(fitMode ? { fitMode } : {})}
              {...(zoomKey === undefined ? {} : { zoomKey })}
            />
          </Box>
        ) : (
          <DiagramFailure message={outcome.error.message} source={diagram.source} />
        )}
      </Stack>
    </Paper>
  );
}
