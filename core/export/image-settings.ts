import { z } from 'zod';

/**
 * What an exported diagram image may be: its background, PNG scale and padding. Defined once
 * here for the app's export dialog, the CLI's `diagram` flags, the diagram page and the saved
 * export defaults in the settings schema.
 */
export const EXPORT_BACKGROUNDS = ['white', 'dark', 'transparent'] as const;
export type ExportBackground = (typeof EXPORT_BACKGROUNDS)[number];

/** Device pixels per SVG pixel in a PNG: whole steps from 1 to 4. */
export const PNG_SCALES = [1, 2, 3, 4] as const;
export const SCALE_RANGE = { min: 1, max: 4 } as const;

/** Empty space around the diagram, in SVG pixels. */
export const PADDING_RANGE = { min: 0, max: 200 } as const;

export function isExportBackground(value: string): value is ExportBackground {
  return (EXPORT_BACKGROUNDS as readonly string[]).includes(value);
}

/** The image settings as the settings schema (saved export defaults) checks them. */
export const ImageSettingsSchema = z.object({
  scale: z.number().int().min(SCALE_RANGE.min).max(SCALE_RANGE.max),
  background: z.enum(EXPORT_BACKGROUNDS),
  /** Pixels of margin around an exported diagram. */
  padding: z.number().int().min(PADDING_RANGE.min).max(PADDING_RANGE.max),
});

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
    SCALE_RANGE.max,
    Math.max(SCALE_RANGE.min, settings.scale ?? DEFAULT_IMAGE_SETTINGS.scale),
  );
  const padding = Math.min(
    PADDING_RANGE.max,
    Math.max(PADDING_RANGE.min, Math.round(settings.padding ?? DEFAULT_IMAGE_SETTINGS.padding)),
  );
  return {
    scale: Number.isFinite(scale) ? scale : DEFAULT_IMAGE_SETTINGS.scale,
    background: settings.background ?? DEFAULT_IMAGE_SETTINGS.background,
    padding: Number.isFinite(padding) ? padding : DEFAULT_IMAGE_SETTINGS.padding,
  };
}
