/**
 * The report of a plan as data: sections of plain-text blocks. One builder makes it
 * (build-report.ts); each format (Markdown, HTML, and from HTML the PDF; Word) only lays it out
 * and escapes the text its own way, so every section is in every format.
 */
export type ReportBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'facts'; rows: readonly (readonly [label: string, value: string])[] }
  | { kind: 'table'; header: readonly string[]; rows: readonly (readonly string[])[] }
  | { kind: 'checklist'; items: readonly { text: string; met: boolean }[] }
  | { kind: 'diagram'; title: string; source: string };

export interface ReportSection {
  /** Stable id (anchors, tests). */
  id: string;
  title: string;
  blocks: ReportBlock[];
}

export interface PlanReport {
  title: string;
  sections: ReportSection[];
}

export const paragraph = (text: string): ReportBlock => ({ kind: 'paragraph', text });

/** A section with nothing to show says so in one line instead of disappearing. */
export function sectionOrEmpty(
  id: string,
  title: string,
  blocks: ReportBlock[],
  empty: string,
): ReportSection {
  return { id, title, blocks: blocks.length > 0 ? blocks : [paragraph(empty)] };
}
