import { z } from 'zod';
import { DIAGRAM_DETAILS } from '../../diagrams/types';
import { MAX_EXPORT_FILE_NAME, isSafeFileName } from '../../export/file-names';
import { PlanSchema } from '../../plan/schema';
import { VocabularySchema } from '../app-data/settings';
import { isBase64 } from './export-contract';

/**
 * File › Export report…: the page sends the plan and the report's diagrams drawn by its own
 * diagram code (SVG for HTML and PDF, PNG at 2× for Word); main builds the report with the same
 * core builder as the CLI, sanitises every SVG, shows the save dialog and writes. No path is in
 * the request: the file is the one the user picks in main's dialog.
 */
export const REPORT_FORMATS = ['md', 'html', 'pdf', 'docx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_PAPERS = ['a4', 'letter'] as const;
export type ReportPaper = (typeof REPORT_PAPERS)[number];

/** A report draws a handful of views; a page sending more is confused or hostile. */
export const MAX_REPORT_DIAGRAMS = 40;
/** Per diagram: a few MB of SVG, a 2× PNG of some MB (base64). */
const MAX_REPORT_SVG_CHARS = 8 * 1024 * 1024;
const MAX_REPORT_PNG_CHARS = 20 * 1024 * 1024;

export const ReportDiagramSchema = z
  .object({
    /** The Mermaid source as the report's diagram block holds it (the key). */
    source: z
      .string()
      .min(1)
      .max(1024 * 1024),
    svg: z.string().min(1).max(MAX_REPORT_SVG_CHARS).optional(),
    png: z
      .object({
        base64: z.string().min(1).max(MAX_REPORT_PNG_CHARS).refine(isBase64, 'must be base64'),
        width: z.number().positive().max(100_000),
        height: z.number().positive().max(100_000),
      })
      .strict()
      .optional(),
  })
  .strict();

export const ExportReportRequestSchema = z
  .object({
    plan: PlanSchema,
    format: z.enum(REPORT_FORMATS),
    paper: z.enum(REPORT_PAPERS),
    detail: z.enum(DIAGRAM_DETAILS),
    vocabulary: VocabularySchema,
    /** YYYY-MM-DD of the title block: the user's own day, which only the page knows. */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'must be YYYY-MM-DD'),
    suggestedName: z
      .string()
      .max(MAX_EXPORT_FILE_NAME)
      .refine(isSafeFileName, 'must be a plain file name (no folder, no reserved characters)'),
    diagrams: z.array(ReportDiagramSchema).max(MAX_REPORT_DIAGRAMS),
  })
  .strict()
  .superRefine((request, context) => {
    if (!request.suggestedName.toLowerCase().endsWith(`.${request.format}`)) {
      context.addIssue({
        code: 'custom',
        path: ['suggestedName'],
        message: `must end with .${request.format}`,
      });
    }
  });

export type ExportReportRequest = z.infer<typeof ExportReportRequestSchema>;
export type ReportDiagram = z.infer<typeof ReportDiagramSchema>;

export const reportContract = {
  /** Shows the native save dialog, then writes atomically; `path: null` when cancelled. */
  exportReport: {
    request: ExportReportRequestSchema,
    response: z.object({ path: z.string().nullable() }),
  },
} as const;
