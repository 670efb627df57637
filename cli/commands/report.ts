import { planReport } from '../../core/report/plan-report';
import type { PlanReport } from '../../core/report/model';
import { renderHtmlReport } from '../../core/report/render-html';
import { renderMarkdownReport } from '../../core/report/render-markdown';
import { reportDate } from '../../core/report/report-date';
import { DIAGRAM_DETAILS, type DiagramDetail } from '../../core/diagrams/types';
import { parseCommandArgs } from '../args';
import { parseDoraYear } from '../dora-option';
import {
  DiagramPageError,
  RendererUnavailableError,
  openDiagramPage,
  type DiagramPageRenderer,
  type PaperSize,
} from '../diagram-render/chromium-page';
import { EXIT, UsageError, type CliIo, type ExitCode } from '../io';
import { emitResult, writeOutputFile } from '../output';
import { readPlanForCommand } from '../plan-input';

const FORMATS = ['md', 'html', 'pdf', 'docx'] as const;
type ReportFormat = (typeof FORMATS)[number];
const PAPERS: readonly PaperSize[] = ['a4', 'letter'];

/**
 * `transition-studio report <plan> [--format md|html|pdf|docx] [-o <file>] [--paper a4|letter]
 * [--detail grouped|items] [--dora 2021|2023]`. Markdown and HTML may go to stdout; PDF and Word need -o. Every
 * diagram of the report and its PDF are drawn in one Chromium.
 */
export async function reportCommand(
  args: readonly string[],
  io: CliIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ExitCode> {
  const { plan: path, values } = parseCommandArgs('report', args, {
    output: { type: 'string', short: 'o' },
    format: { type: 'string' },
    paper: { type: 'string' },
    detail: { type: 'string' },
    dora: { type: 'string' },
  });
  const usage = (message: string) => new UsageError(`transition-studio report: ${message}`);
  const format = (values.format ?? 'md') as string;
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw usage(`unknown format "${format}" (use md, html, pdf or docx)`);
  }
  const paper = (values.paper ?? 'a4') as string;
  if (!(PAPERS as readonly string[]).includes(paper)) {
    throw usage(`unknown paper "${paper}" (use a4 or letter)`);
  }
  if (values.paper !== undefined && format !== 'pdf')
    throw usage('--paper applies to --format pdf');
  const detail = (values.detail ?? 'grouped') as string;
  if (!(DIAGRAM_DETAILS as readonly string[]).includes(detail)) {
    throw usage(`unknown detail "${detail}" (use grouped or items)`);
  }
  const doraYear = parseDoraYear('report', values.dora);
  const output = typeof values.output === 'string' ? values.output : undefined;
  if ((format === 'pdf' || format === 'docx') && output === undefined) {
    throw usage(`a ${format.toUpperCase()} file is binary: give -o <file.${format}>`);
  }
  const input = await readPlanForCommand(path, io);
  if (!input) return EXIT.invalid;
  const report = planReport(input.plan, {
    date: reportDate(new Date()),
    detail: detail as DiagramDetail,
    doraYear,
  });

  if (format === 'md') return done(await emitResult(io, renderMarkdownReport(report), output));

  let renderer: DiagramPageRenderer;
  try {
    renderer = await openDiagramPage(env);
  } catch (error) {
    if (error instanceof RendererUnavailableError) {
      io.err(`transition-studio report: ${error.message}`);
      return EXIT.invalid;
    }
    throw error;
  }
  try {
    const content = await contentOf(report, format as Exclude<ReportFormat, 'md'>, renderer, {
      io,
      paper: paper as PaperSize,
    });
    if (output === undefined) return done(await emitResult(io, String(content), undefined));
    return done(await writeOutputFile(io, output, content));
  } finally {
    await renderer.close();
  }

  function done(exit: ExitCode): ExitCode {
    if (exit === EXIT.ok && output !== undefined) io.err(`Wrote ${output}`);
    return exit;
  }
}

function diagramSources(report: PlanReport): string[] {
  return report.sections.flatMap((section) =>
    section.blocks.flatMap((block) => (block.kind === 'diagram' ? [block.source] : [])),
  );
}

async function contentOf(
  report: PlanReport,
  format: 'html' | 'pdf' | 'docx',
  renderer: DiagramPageRenderer,
  { io, paper }: { io: CliIo; paper: PaperSize },
): Promise<string | Uint8Array> {
  const failed = (error: unknown): undefined => {
    if (!(error instanceof DiagramPageError)) throw error;
    io.err(
      `transition-studio report: a diagram could not be drawn (${error.message}); its source is shown instead.`,
    );
    return undefined;
  };
  if (format === 'docx') {
    const pngs = new Map<
      string,
      { bytes: Uint8Array; width: number; height: number } | undefined
    >();
    for (const source of diagramSources(report)) {
      if (pngs.has(source)) continue;
      const image = await renderer
        .png(source, { scale: 2, background: 'white', padding: 16 })
        .catch(failed);
      pngs.set(
        source,
        image && { bytes: image.bytes, width: image.svgWidth, height: image.svgHeight },
      );
    }
    // Loaded for Word only: the docx library is most of the report command's code.
    const { docxReport } = await import('../../io/report/docx-report');
    return docxReport(report, (source) => pngs.get(source));
  }
  const svgs = new Map<string, string | undefined>();
  for (const source of diagramSources(report)) {
    if (svgs.has(source)) continue;
    const drawn = await renderer
      .svg(source, { scale: 1, background: 'white', padding: 8 })
      .catch(failed);
    svgs.set(source, drawn?.svg);
  }
  const html = renderHtmlReport(report, { svgFor: (source) => svgs.get(source) });
  return format === 'html' ? html : renderer.pdf(html, paper);
}
