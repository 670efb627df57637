/**
 * What an exported diagram image may be: its background, PNG scale and padding. Defined once
 * here for the app's export dialog, the CLI's `diagram` flags, the diagram page and the saved
 * export defaults in the settings schema.
 */
export const EXPORT_BACKGROUNDS = ['white', 'dark', 'transparent'] as const;
export type ExportBackground = (typeof EXPORT_BACKGROUNDS)[number];

/** Device pixels per SVG pixel in a PNG: whole steps from 1 to 4. */
export const PNG_SCALES = [1, 2, 3, 4] as const;
export const MIN_SCALE = 1;
export const MAX_SCALE = 4;

/** Empty space around the diagram, in SVG pixels. */
export const MIN_PADDING = 0;
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

/** Settings from outside (CLI flags, a page call) brought into range. */
export function normaliseSettings(settings: Partial<ImageExportSettings>): ImageExportSettings {
  const scale = Math.min(
    MAX_SCALE,
    Math.max(MIN_SCALE, settings.scale ?? DEFAULT_IMAGE_SETTINGS.scale),
  );
  const padding = Math.min(
    MAX_PADDING,
    Math.max(MIN_PADDING, Math.round(settings.padding ?? DEFAULT_IMAGE_SETTINGS.padding)),
  );
  return {
    scale: Number.isFinite(scale) ? scale : DEFAULT_IMAGE_SETTINGS.scale,
    background: settings.background ?? DEFAULT_IMAGE_SETTINGS.background,
    padding: Number.isFinite(padding) ? padding : DEFAULT_IMAGE_SETTINGS.padding,
  };
}
