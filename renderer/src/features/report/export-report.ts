import type {
  ReportDiagram,
  ReportFormat,
  ReportPaper,
} from '../../../../core/contract/ipc/report-contract';
import type { DiagramDetail } from '../../../../core/diagrams/types';
import { slugify } from '../../../../core/export/file-names';
import type { Vocabulary } from '../../../../core/itil/vocabulary';
import type { Plan } from '../../../../core/plan/schema';
import { planReport } from '../../../../core/report/plan-report';
import { reportDate } from '../../../../core/report/report-date';
import { exportPng, exportSvg } from '../../diagrams/export-image';
import { getStudio, unwrap } from '../../platform/studio';

export interface ReportChoice {
  format: ReportFormat;
  paper: ReportPaper;
  detail: DiagramDetail;
  vocabulary: Vocabulary;
}

/** How far the export is: diagrams drawn out of all, then the file being written. */
export interface ReportProgress {
  drawn: number;
  total: number;
  writing: boolean;
}

/**
 * Draws the report's diagrams with the app's own diagram code (SVG for HTML and PDF, PNG at 2×
 * for Word; Markdown keeps them as Mermaid code) and hands them to main with the plan: main
 * builds the report with the same builder as the CLI, asks where to save and writes. A diagram
 * that cannot be drawn is left out and the report shows its source instead.
 */
export async function exportReport(
  plan: Plan,
  choice: ReportChoice,
  onProgress: (progress: ReportProgress) => void,
): Promise<string | null> {
  const date = reportDate(new Date());
  const report = planReport(plan, { date, vocabulary: choice.vocabulary, detail: choice.detail });
  const sources =
    choice.format === 'md'
      ? []
      : [
          ...new Set(
            report.sections.flatMap((section) =>
              section.blocks.flatMap((block) => (block.kind === 'diagram' ? [block.source] : [])),
            ),
          ),
        ];
  const diagrams: ReportDiagram[] = [];
  onProgress({ drawn: 0, total: sources.length, writing: false });
  for (const [index, source] of sources.entries()) {
    const drawn = await drawDiagram(source, choice.format).catch(() => undefined);
    if (drawn) diagrams.push(drawn);
    onProgress({ drawn: index + 1, total: sources.length, writing: false });
  }
  onProgress({ drawn: sources.length, total: sources.length, writing: true });
  const { path } = await unwrap(
    getStudio().exportReport({
      plan,
      format: choice.format,
      paper: choice.paper,
      detail: choice.detail,
      vocabulary: choice.vocabulary,
      date,
      suggestedName: `${slugify(plan.title)}-report.${choice.format}`,
      diagrams,
    }),
  );
  return path;
}

async function drawDiagram(source: string, format: ReportFormat): Promise<ReportDiagram> {
  if (format === 'docx') {
    // The same settings as the CLI's Word report: 2×, white, for Word's print layout.
    const png = await exportPng(source, { scale: 2, background: 'white', padding: 16 });
    return {
      source,
      png: { base64: png.base64, width: png.svgWidth, height: png.svgHeight },
    };
  }
  const drawn = await exportSvg(source, { background: 'white', padding: 8 });
  return { source, svg: drawn.svg };
}
