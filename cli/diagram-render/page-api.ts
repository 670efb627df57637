import type { ImageExportSettings } from '../../core/export/image-settings';

/**
 * What the diagram page (renderer/src/diagrams/headless-page.ts, bundled into
 * out/cli/diagram-page.js) exposes as `window.diagramPage`, seen from Node. The CLI may not
 * import the renderer, so the shape is restated here; the E2E of the built CLI checks both ends.
 */
export type PageAnswer<T> = { ok: true; value: T } | { ok: false; message: string; kind: string };

export type PageImageSettings = ImageExportSettings;

export interface DiagramPageApi {
  exportSvg(
    source: string,
    settings: PageImageSettings,
  ): Promise<PageAnswer<{ svg: string; width: number; height: number }>>;
  exportPng(
    source: string,
    settings: PageImageSettings,
  ): Promise<
    PageAnswer<{
      base64: string;
      width: number;
      height: number;
      svgWidth: number;
      svgHeight: number;
    }>
  >;
}

export const DIAGRAM_PAGE_FILE = 'diagram-page.js';
