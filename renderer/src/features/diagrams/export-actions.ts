import {
  DIAGRAM_VIEWS,
  buildDiagram,
  type Diagram,
  type DiagramOptions,
  type DiagramView,
} from '../../../../core/diagrams';
import { exportFileName, type ExportFormat } from '../../../../core/export/file-names';
import type { Plan } from '../../../../core/plan/schema';
import { exportPng, exportSvg } from '../../diagrams/export-image';
import type { ImageExportSettings } from '../../../../core/export/image-settings';
import { getStudio, unwrap } from '../../platform/studio';
import { planReportMarkdown } from '../../../../core/report/plan-report';
import { reportDate } from '../../../../core/report/report-date';

/** The content of one export file: text, or base64 for a PNG (what the IPC contract carries). */
export async function exportData(
  format: ExportFormat,
  plan: Plan,
  source: string,
  settings: ImageExportSettings,
): Promise<string> {
  switch (format) {
    case 'png':
      return (await exportPng(source, settings)).base64;
    case 'svg':
      return (await exportSvg(source, settings)).svg;
    case 'mmd':
      return source.endsWith('\n') ? source : `${source}\n`;
    case 'md':
      return planReportMarkdown(plan, { date: reportDate(new Date()) });
  }
}

export interface ExportTarget {
  plan: Plan;
  view: DiagramView;
  diagram: Diagram;
  index: number;
  count: number;
}

/** Exports one diagram (or the report) through the save dialog; the path, or null if cancelled. */
export async function exportOne(
  target: ExportTarget,
  format: ExportFormat,
  settings: ImageExportSettings,
): Promise<string | null> {
  const data = await exportData(format, target.plan, target.diagram.source, settings);
  const suggestedName = exportFileName(
    target.plan.title,
    format === 'md' ? undefined : target.view,
    format,
    { index: target.index, count: target.count },
  );
  const { path } = await unwrap(getStudio().exportFile({ suggestedName, format, data }));
  return path;
}

export interface ExportProgress {
  done: number;
  total: number;
  current: string;
}

export interface ExportAllResult {
  folderName: string;
  written: string[];
  failed: { name: string; message: string }[];
}

interface PlannedFile {
  fileName: string;
  source: string;
}

/**
 * Every file "Export all views" writes, in order: each diagram of each view (or the report),
 * and the views that could not be made from the plan, with the reason.
 */
export function plannedFiles(
  plan: Plan,
  format: ExportFormat,
  options: DiagramOptions | undefined,
): { files: PlannedFile[]; failed: ExportAllResult['failed'] } {
  if (format === 'md') {
    return {
      files: [{ fileName: exportFileName(plan.title, undefined, 'md'), source: '' }],
      failed: [],
    };
  }
  const files: PlannedFile[] = [];
  const failed: ExportAllResult['failed'] = [];
  for (const view of DIAGRAM_VIEWS) {
    try {
      const { diagrams } = buildDiagram(plan, view, options);
      diagrams.forEach((diagram, index) => {
        files.push({
          fileName: exportFileName(plan.title, view, format, { index, count: diagrams.length }),
          source: diagram.source,
        });
      });
    } catch (error) {
      failed.push({
        name: exportFileName(plan.title, view, format),
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return { files, failed };
}

/**
 * Asks for a folder once, then writes one file per diagram, reporting progress. A file that
 * fails is listed with its reason and the others are still written. Null when cancelled.
 */
export async function exportAllViews(
  plan: Plan,
  format: ExportFormat,
  settings: ImageExportSettings,
  options: DiagramOptions | undefined,
  onProgress: (progress: ExportProgress) => void,
): Promise<ExportAllResult | null> {
  const studio = getStudio();
  const { folder } = await unwrap(studio.chooseExportFolder());
  if (folder === null) return null;
  const { files, failed } = plannedFiles(plan, format, options);
  const result: ExportAllResult = { folderName: folder.name, written: [], failed };
  for (const [done, file] of files.entries()) {
    onProgress({ done, total: files.length, current: file.fileName });
    try {
      const data = await exportData(format, plan, file.source, settings);
      const saved = await unwrap(
        studio.exportToFolder({ folderId: folder.id, fileName: file.fileName, format, data }),
      );
      result.written.push(saved.name);
    } catch (error) {
      result.failed.push({
        name: file.fileName,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }
  onProgress({ done: files.length, total: files.length, current: '' });
  return result;
}
