import { escapeMarkdown as md, markdownTable } from './markdown-text';
import type { PlanReport, ReportBlock } from './model';

/**
 * The report as Markdown (GitHub, GitLab, Confluence): diagrams as Mermaid blocks, which those
 * draw. Every user text goes through escapeMarkdown.
 */
export function renderMarkdownReport(report: PlanReport): string {
  const lines: string[] = [`# ${md(report.title)}`];
  for (const section of report.sections) {
    lines.push('', `## ${md(section.title)}`);
    for (const block of section.blocks) {
      lines.push('');
      // One push per line: spreading a 200,000-row table into push() overflows the stack.
      for (const line of blockLines(block)) lines.push(line);
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function cell(text: string): string {
  return text === '' ? ' ' : md(text);
}

function blockLines(block: ReportBlock): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [md(block.text)];
    case 'facts':
      return block.rows.map(([label, value]) => `- **${md(label)}:** ${md(value)}`);
    case 'table':
      return markdownTable(
        block.header.map(cell),
        block.rows.map((row) => row.map(cell)),
      );
    case 'checklist':
      return block.items.map((item) => `- [${item.met ? 'x' : ' '}] ${md(item.text)}`);
    case 'diagram':
      // Generated sources hold no backtick (escapeLabel codes it), so the fence cannot close early.
      return [`### ${md(block.title)}`, '', '```mermaid', block.source.trimEnd(), '```'];
  }
}
