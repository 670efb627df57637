import { Text } from '@mantine/core';

/** Stands in for the diagrams screen until the diagram work is merged into this branch. */
export function DiagramsSection() {
  return <Text c="dimmed">Diagrams appear here.</Text>;
}
