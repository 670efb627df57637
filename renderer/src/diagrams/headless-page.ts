import { DiagramUpdater, renderForExport } from './diagram-updater';
import { exportPng, exportSvg } from './export-image';
import type { ImageExportSettings } from '../../../core/export/image-settings';
import { mermaidFor, type DiagramTheme } from './mermaid-runtime';
import { DiagramRenderError } from './render-errors';
import { uniqueDiagramId } from './render-svg';
import { SvgCache } from './svg-cache';
import { drawOnCanvas, encodePng, loadSvgImage, pngSize } from './svg-to-png';
import { toStandaloneSvg } from './standalone-svg';

/**
 * The page the command line (and the render benchmark) drives in Chromium: the app's own
 * diagram code, bundled into one script and exposed as `window.diagramPage`. Failures come back
 * as `{ ok: false, message }` so the CLI prints the same sentence the app shows.
 */

type Answer<T> = { ok: true; value: T } | { ok: false; message: string; kind: string };

async function answer<T>(work: () => Promise<T>): Promise<Answer<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof DiagramRenderError) {
      return { ok: false, message: error.message, kind: error.kind };
    }
    return {
      ok: false,
      kind: 'failed',
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

const benchCache = new SvgCache();
const benchUpdater = new DiagramUpdater(benchCache);

const diagramPage = {
  exportSvg: (source: string, settings: Partial<ImageExportSettings>) =>
    answer(async () => {
      const { svg, width, height } = await exportSvg(source, settings);
      return { svg, width, height };
    }),

  exportPng: (source: string, settings: Partial<ImageExportSettings>) =>
    answer(async () => {
      const { base64, width, height, svgWidth, svgHeight } = await exportPng(source, settings);
      return { base64, width, height, svgWidth, svgHeight };
    }),

  /**
   * Benchmark: the app's update path (cache lookup, queue, temporary container, clean-up).
   * `changed` drops the cache first, as when the source is new; otherwise it is the update
   * of an unchanged source. Answers the milliseconds and how many renders Mermaid ran.
   */
  benchUpdate: async (source: string, theme: DiagramTheme, changed: boolean) => {
    if (changed) benchCache.clear();
    const rendersBefore = benchUpdater.renders;
    const start = performance.now();
    const outcome = await benchUpdater.update(source, theme);
    const ms = performance.now() - start;
    if (outcome?.ok !== true) throw new Error('the update path did not draw the diagram');
    return { ms, renders: benchUpdater.renders - rendersBefore };
  },

  /** Benchmark: Mermaid alone, as its documentation calls it. */
  benchRaw: async (source: string, theme: DiagramTheme) => {
    const mermaid = await mermaidFor(theme);
    const start = performance.now();
    await mermaid.render(uniqueDiagramId(), source);
    return performance.now() - start;
  },

  /** Benchmark: the whole PNG export of a drawn diagram (as when the user exports a view). */
  benchPng: async (source: string, scale: number) => {
    const start = performance.now();
    const png = await exportPng(source, { scale, background: 'white', padding: 16 });
    return { ms: performance.now() - start, width: png.width, height: png.height };
  },

  /**
   * Benchmark floors, the drawing already decoded: encoding a canvas of the same size, and
   * rasterising the image onto it then encoding (the browser's share of an export).
   */
  benchPngFloor: async (source: string, scale: number) => {
    const scaled = toStandaloneSvg(await renderForExport(source, 'light'), {
      background: 'white',
      padding: 16,
      scale,
    });
    const { width, height } = pngSize(scaled, scale);
    const image = await loadSvgImage(scaled.svg);
    const drawStart = performance.now();
    const canvas = drawOnCanvas(image, width, height);
    const encodeStart = performance.now();
    await encodePng(canvas);
    const end = performance.now();
    return { encode: end - encodeStart, drawAndEncode: end - drawStart };
  },
};

declare global {
  interface Window {
    diagramPage?: typeof diagramPage;
  }
}

window.diagramPage = diagramPage;
export type DiagramPage = typeof diagramPage;
