import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow } from 'electron';
import type { ReportPaper } from '../../../core/contract/ipc/report-contract';

const PDF_FOOTER =
  '<div style="font: 8pt system-ui, sans-serif; width: 100%; text-align: center; color: #495057;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>';

/**
 * The report's HTML printed by Chromium, as the CLI does: a hidden offscreen window with no
 * preload, sandboxed, JavaScript off and every request refused (the HTML is self-contained), so
 * the report's content can neither run nor fetch anything.
 */
export async function printReportToPdf(html: string, paper: ReportPaper): Promise<Uint8Array> {
  // A file, not a data: URL: Chromium refuses URLs over 2 MB, and a report with its diagrams
  // can be larger.
  const folder = await mkdtemp(join(tmpdir(), 'transition-report-'));
  const file = join(folder, 'report.html');
  await writeFile(file, html, 'utf8');
  const fileUrl = pathToFileURL(file).href;
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      offscreen: true,
      sandbox: true,
      javascript: false,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      // Its own in-memory session, so that refusing every request does not touch the app's.
      partition: 'report-pdf',
    },
  });
  try {
    window.webContents.session.webRequest.onBeforeRequest(
      { urls: ['<all_urls>'] },
      (details, callback) => {
        callback({ cancel: details.url !== fileUrl });
      },
    );
    window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    await window.loadURL(fileUrl);
    const pdf = await window.webContents.printToPDF({
      pageSize: paper === 'a4' ? 'A4' : 'Letter',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: PDF_FOOTER,
      // Inches: 16 mm top, 18 mm bottom, 14 mm sides, as the CLI prints.
      margins: { top: 0.63, bottom: 0.71, left: 0.55, right: 0.55 },
    });
    return new Uint8Array(pdf);
  } finally {
    window.destroy();
    await rm(folder, { recursive: true, force: true });
  }
}
