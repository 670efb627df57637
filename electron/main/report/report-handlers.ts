import { basename, dirname, extname } from 'node:path';
import type { RequestOf, ResponseOf } from '../../../core/contract/ipc/contract';
import type {
  ExportReportRequest,
  ReportFormat,
  ReportPaper,
} from '../../../core/contract/ipc/report-contract';
import { planReport } from '../../../core/report/plan-report';
import { renderHtmlReport } from '../../../core/report/render-html';
import { renderMarkdownReport } from '../../../core/report/render-markdown';
import { writeFileAtomic, AtomicWriteError } from '../../../io/atomic-write';
import { docxReport, type ReportPng } from '../../../io/report/docx-report';
import { isPng, sanitizedSvgOrRefuse } from '../export/checked-images';
import { reserveFreeFileName } from '../export/free-file-name';
import { UserFacingError } from '../ipc/user-facing-error';

/** What File › Export report… needs from the outside world; the E2E harness supplies its own. */
export interface ReportServices {
  /** The save dialog (it asks before replacing a file); undefined when cancelled. */
  chooseReportFile(suggestedName: string, format: ReportFormat): Promise<string | undefined>;
  /**
   * The report's HTML printed to PDF (a hidden, sandboxed window in the app), or undefined
   * when this runtime cannot print: the handler then says so instead of writing nothing.
   */
  printToPdf?: (html: string, paper: ReportPaper) => Promise<Uint8Array>;
}

export interface ReportHandlers {
  exportReport(request: RequestOf<'exportReport'>): Promise<ResponseOf<'exportReport'>>;
}

export function createReportHandlers(services: ReportServices): ReportHandlers {
  return {
    exportReport: async (request) => {
      const content = await reportContent(request, services);
      const chosen = await services.chooseReportFile(request.suggestedName, request.format);
      if (chosen === undefined) return { path: null };
      if (extname(chosen) !== '') return { path: await write(chosen, content) };
      // Linux dialogs do not add the extension; the name with it was never confirmed, so it
      // must not replace anything.
      const reserved = await reserveFreeFileName(
        dirname(chosen),
        `${basename(chosen)}.${request.format}`,
      );
      try {
        return { path: await write(reserved.path, content) };
      } catch (error) {
        await reserved.release();
        throw error;
      }
    },
  };
}

/** The file's content, built before the dialog so that a bad request never asks for a name. */
async function reportContent(
  request: ExportReportRequest,
  services: ReportServices,
): Promise<string | Uint8Array> {
  const report = planReport(request.plan, {
    date: request.date,
    vocabulary: request.vocabulary,
    detail: request.detail,
  });
  if (request.format === 'md') return renderMarkdownReport(report);
  if (request.format === 'docx') {
    const pngs = new Map<string, ReportPng>();
    for (const diagram of request.diagrams) {
      if (diagram.png) pngs.set(diagram.source, pngOf(diagram.png));
    }
    return docxReport(report, (source) => pngs.get(source));
  }
  const svgs = new Map<string, string>();
  for (const diagram of request.diagrams) {
    if (diagram.svg !== undefined) svgs.set(diagram.source, await cleanSvg(diagram.svg));
  }
  const html = renderHtmlReport(report, { svgFor: (source) => svgs.get(source) });
  if (request.format === 'html') return html;
  if (!services.printToPdf) {
    throw new UserFacingError('failed', 'This window cannot print to PDF; export HTML or Word.');
  }
  return services.printToPdf(html, request.paper);
}

function pngOf(png: { base64: string; width: number; height: number }): ReportPng {
  const bytes = Buffer.from(png.base64, 'base64');
  if (!isPng(bytes)) {
    throw new UserFacingError('invalid-request', 'A diagram of the report is not a PNG.');
  }
  return { bytes: new Uint8Array(bytes), width: png.width, height: png.height };
}

/** The same check as the SVG export: a diagram the sanitiser would change refuses the report. */
function cleanSvg(data: string): Promise<string> {
  return sanitizedSvgOrRefuse(data, {
    subject: 'A diagram of the report',
    outcome: 'so the report was not saved',
    notSvg: 'A diagram of the report is not an SVG.',
  });
}

async function write(path: string, content: string | Uint8Array): Promise<string> {
  try {
    return (await writeFileAtomic(path, content)).path;
  } catch (error) {
    if (error instanceof AtomicWriteError) throw new UserFacingError('failed', error.message);
    throw error;
  }
}
