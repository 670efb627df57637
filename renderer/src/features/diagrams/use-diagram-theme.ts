import { useComputedColorScheme } from '@mantine/core';
import type { DiagramTheme } from '../../diagrams/mermaid-runtime';

/** Diagrams follow the colour scheme Mantine resolved (light, dark, or the system's). */
export function useDiagramTheme(): DiagramTheme {
  return useComputedColorScheme('light', { getInitialValueInEffect: false });
}
