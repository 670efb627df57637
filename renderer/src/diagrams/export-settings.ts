import type { ExportBackground } from '../../../core/export/image-settings';
import type { DiagramTheme } from './mermaid-runtime';

/** The fill behind the diagram; undefined leaves it transparent. */
export const BACKGROUND_FILL: Record<ExportBackground, string | undefined> = {
  white: '#ffffff',
  dark: '#1f2023',
  transparent: undefined,
};

/** A dark background gets Mermaid's dark theme, so that text stays readable on it. */
export function themeForBackground(background: ExportBackground): DiagramTheme {
  return background === 'dark' ? 'dark' : 'light';
}
