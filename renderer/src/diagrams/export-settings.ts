import type { DiagramTheme } from './mermaid-runtime';

export const BACKGROUNDS = ['white', 'dark', 'transparent'] as const;
export type ExportBackground = (typeof BACKGROUNDS)[number];

export const PNG_SCALES = [1, 2, 3, 4] as const;
export const MAX_PADDING = 200;

export interface ImageExportSettings {
  /** PNG only: 1–4 device pixels per SVG pixel. */
  scale: number;
  background: ExportBackground;
  /** Empty space around the diagram, in SVG pixels. */
  padding: number;
}

export const DEFAULT_IMAGE_SETTINGS: ImageExportSettings = {
  scale: 2,
  background: 'white',
  padding: 16,
};

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

/** Settings from outside (CLI flags, a page call) brought into range. */
export function normaliseSettings(settings: Partial<ImageExportSettings>): ImageExportSettings {
  const scale = Math.min(4, Math.max(1, settings.scale ?? DEFAULT_IMAGE_SETTINGS.scale));
  const padding = Math.min(
    MAX_PADDING,
    Math.max(0, Math.round(settings.padding ?? DEFAULT_IMAGE_SETTINGS.padding)),
  );
  return {
    scale: Number.isFinite(scale) ? scale : DEFAULT_IMAGE_SETTINGS.scale,
    background: settings.background ?? DEFAULT_IMAGE_SETTINGS.background,
    padding: Number.isFinite(padding) ? padding : DEFAULT_IMAGE_SETTINGS.padding,
  };
}
