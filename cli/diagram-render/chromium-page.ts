import { readFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, BrowserType, Page } from 'playwright-core';
import { CHROMIUM_INSTALL_HINT, findChromium } from '../../scripts/chromium-path.mjs';
import {
  DIAGRAM_PAGE_FILE,
  type DiagramPageApi,
  type PageAnswer,
  type PageImageSettings,
} from './page-api';
import { CHROMIUM_ARGS } from '../../io/chromium-flags';

/** Rendering is not possible here (no browser, page not built); the message is one sentence. */
export class RendererUnavailableError extends Error {}

/** A diagram the page could not draw; the message is the sentence the app shows. */
export class DiagramPageError extends Error {}

export interface DiagramPageRenderer {
  svg(
    source: string,
    settings: PageImageSettings,
  ): Promise<{ svg: string; width: number; height: number }>;
  png(
    source: string,
    settings: PageImageSettings,
  ): Promise<{
    bytes: Uint8Array;
    width: number;
    height: number;
    svgWidth: number;
    svgHeight: number;
  }>;
  /**
   * Prints a self-contained HTML document (the report) to PDF in the same Chromium, on a page
   * of its own that reaches nothing (the context is offline and the HTML has no URL).
   */
  pdf(html: string, paper: PaperSize): Promise<Uint8Array>;
  close(): Promise<void>;
}

export type PaperSize = 'a4' | 'letter';

/** Page numbers at the foot of every sheet (Chromium's own header/footer template). */
const PDF_FOOTER =
  '<div style="font: 8pt system-ui, sans-serif; width: 100%; text-align: center; color: #495057;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>';

// The page never reaches the network: every request is answered from here or refused.
const ORIGIN = 'https://diagram-page.invalid';
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'unsafe-inline'",
  'img-src data: blob:',
  'font-src data:',
].join('; ');

const PAGE_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />
    <title>Transition Studio diagrams</title>
    <script type="module" src="/${DIAGRAM_PAGE_FILE}"></script>
  </head>
  <body></body>
</html>`;

/**
 * A chunk of the page script (out/cli/diagram-page/<name>.js), by its URL; anything else
 * (another folder, `..`) is not one.
 */
function chunkFile(url: string): string | undefined {
  const path = url.startsWith(`${ORIGIN}/`) ? url.slice(ORIGIN.length + 1) : '';
  return /^diagram-page\/[\w-][\w.-]*\.js$/.test(path) && !path.includes('..') ? path : undefined;
}

/** The built page script, beside the CLI bundle (out/cli/diagram-page.js). */
export function diagramPageScriptPath(): string {
  return fileURLToPath(new URL(`./${DIAGRAM_PAGE_FILE}`, import.meta.url));
}

/** A Chromium page with the diagram code loaded, and how to close it. */
export interface LoadedDiagramPage {
  page: Page;
  /** Another page in the same browser (the report's PDF is printed there). */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Starts one headless Chromium with the app's diagram code loaded, for every diagram of one
 * CLI call (starting the browser costs more than drawing a diagram).
 */
export async function openDiagramPage(
  env: NodeJS.ProcessEnv = process.env,
  scriptPath: string = diagramPageScriptPath(),
): Promise<DiagramPageRenderer> {
  const loaded = await loadDiagramPage(env, scriptPath);
  return pageRenderer(loaded);
}

/** The page itself (the render benchmark drives it directly). */
export async function loadDiagramPage(
  env: NodeJS.ProcessEnv = process.env,
  scriptPath: string = diagramPageScriptPath(),
): Promise<LoadedDiagramPage> {
  const executablePath = findChromium(env);
  if (executablePath === undefined) {
    const where = env.CHROMIUM_PATH
      ? `CHROMIUM_PATH ("${env.CHROMIUM_PATH}") is not an executable`
      : 'no Chromium was found';
    throw new RendererUnavailableError(
      `SVG and PNG need a Chromium, and ${where}. ${CHROMIUM_INSTALL_HINT} (Mermaid source, --format mmd, needs none.)`,
    );
  }
  // Both at once: loading playwright-core is a good part of a one-diagram call.
  const [read, driver] = await Promise.allSettled([
    readFile(scriptPath, 'utf8'),
    import('playwright-core'),
  ]);
  if (read.status === 'rejected') {
    throw new RendererUnavailableError(
      `The diagram renderer (${DIAGRAM_PAGE_FILE}) is missing beside the CLI; run "npm run build".`,
    );
  }
  const script = read.value;
  if (driver.status === 'rejected') {
    throw new RendererUnavailableError(
      'SVG and PNG are drawn through the playwright-core package, which is not installed beside the CLI; run "npm install" in the checkout.',
    );
  }
  const chromium: BrowserType = driver.value.chromium;
  const profile = await mkdtemp(join(tmpdir(), 'transition-studio-render-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS],
      offline: true,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      if (url === `${ORIGIN}/`) {
        await route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
          body: PAGE_HTML,
        });
      } else if (url === `${ORIGIN}/${DIAGRAM_PAGE_FILE}`) {
        await route.fulfill({
          status: 200,
          contentType: 'text/javascript; charset=utf-8',
          body: script,
        });
      } else if (chunkFile(url) !== undefined) {
        // Mermaid's diagram types, loaded only when a diagram of that type is drawn.
        const body = await readFile(join(dirname(scriptPath), chunkFile(url) ?? '')).catch(
          () => undefined,
        );
        if (body === undefined) await route.abort('filenotfound');
        else {
          await route.fulfill({
            status: 200,
            contentType: 'text/javascript; charset=utf-8',
            body,
          });
        }
      } else {
        await route.abort('blockedbyclient');
      }
    });
    await page.goto(`${ORIGIN}/`);
    await page.waitForFunction(() => 'diagramPage' in globalThis, undefined, { timeout: 30_000 });
    const opened = context;
    return {
      page,
      newPage: () => opened.newPage(),
      close: async () => {
        await opened.close().catch(() => undefined);
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new RendererUnavailableError(
      `Chromium (${executablePath}) could not be started: ${reason}`,
    );
  }
}

function pageRenderer(loaded: LoadedDiagramPage): DiagramPageRenderer {
  const { page } = loaded;
  const call = async <T>(
    method: 'exportSvg' | 'exportPng',
    source: string,
    settings: PageImageSettings,
  ): Promise<T> => {
    const answer: unknown = await page.evaluate(
      async ([name, text, options]): Promise<unknown> => {
        const api = (globalThis as unknown as { diagramPage: DiagramPageApi }).diagramPage;
        return api[name](text, options);
      },
      [method, source, settings] as const,
    );
    const result = answer as PageAnswer<T>;
    if (!result.ok) throw new DiagramPageError(result.message);
    return result.value;
  };
  return {
    svg: (source, settings) => call('exportSvg', source, settings),
    png: async (source, settings) => {
      const image = await call<{
        base64: string;
        width: number;
        height: number;
        svgWidth: number;
        svgHeight: number;
      }>('exportPng', source, settings);
      return { ...image, bytes: Buffer.from(image.base64, 'base64') };
    },
    pdf: async (html, paper) => {
      const printPage = await loaded.newPage();
      try {
        await printPage.route('**/*', (route) => route.abort('blockedbyclient'));
        await printPage.setContent(html, { waitUntil: 'load' });
        const bytes = await printPage.pdf({
          format: paper === 'a4' ? 'A4' : 'Letter',
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: PDF_FOOTER,
          margin: { top: '16mm', bottom: '18mm', left: '14mm', right: '14mm' },
        });
        return new Uint8Array(bytes);
      } finally {
        await printPage.close().catch(() => undefined);
      }
    },
    close: () => loaded.close(),
  };
}
