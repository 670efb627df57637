import { renderForExport } from './diagram-updater';
import { normaliseSettings, type ImageExportSettings } from '../../../core/export/image-settings';
import { themeForBackground } from './export-settings';
import { toStandaloneSvg, type StandaloneSvg } from './standalone-svg';
import { blobToBase64, svgToPng } from './svg-to-png';

/**
 * Mermaid source → export files. The app's export dialog, "Export all views" and the CLI's
 * Chromium page all call these, so an image looks the same whichever made it.
 */

export async function exportSvg(
  source: string,
  settings: Partial<ImageExportSettings> = {},
): Promise<StandaloneSvg> {
  const { background, padding } = normaliseSettings(settings);
  const drawing = await renderForExport(source, themeForBackground(background));
  return toStandaloneSvg(drawing, { background, padding });
}

export interface PngExport {
  base64: string;
  blob: Blob;
  width: number;
  height: number;
  /** The size of the same export as SVG, before the scale. */
  svgWidth: number;
  svgHeight: number;
}

export async function exportPng(
  source: string,
  settings: Partial<ImageExportSettings> = {},
): Promise<PngExport> {
  const { background, padding, scale } = normaliseSettings(settings);
  const drawing = await renderForExport(source, themeForBackground(background));
  const scaled = toStandaloneSvg(drawing, { background, padding, scale });
  const png = await svgToPng(scaled, scale);
  return {
    base64: await blobToBase64(png.blob),
    blob: png.blob,
    width: png.width,
    height: png.height,
    svgWidth: scaled.width,
    svgHeight: scaled.height,
  };
}
