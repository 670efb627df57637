import { REPORT_CSS } from './html-style';
import type { PlanReport, ReportBlock } from './model';

/**
 * The report as one self-contained HTML file: styles inline, diagrams inlined as SVG (drawn by
 * the caller, who has a browser), no script, no event attribute, no external URL. The same HTML
 * is printed to PDF. A diagram the caller could not draw is shown as its Mermaid source.
 */
export interface HtmlReportOptions {
  /** The SVG of a Mermaid source, or undefined when it could not be drawn. */
  svgFor(source: string): string | undefined;
}

/**
 * Text as HTML shows it. Besides markup characters, `=` and `:` are coded too, so that no user
 * text reads as an attribute (`onerror=`) or a URL (`http://`) even to a plain-text scanner.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'=:]/g, (char) => `&#${String(char.charCodeAt(0))};`);
}

/**
 * An SVG from Mermaid made fit for inlining: namespace declarations (URLs, and not needed
 * inside HTML) and anything that could run or fetch are removed. Mermaid draws with
 * securityLevel strict and no HTML labels, so this is a second line, not the only one.
 */
export function inlineSvg(svg: string): string {
  return svg
    .replace(/<\?xml[^>]*>/g, '')
    .replace(/<!DOCTYPE[^>]*>/gi, '')
    .replace(/<script[\s\S]*?<\/script>/gi, '')
    .replace(/<foreignObject[\s\S]*?<\/foreignObject>/gi, '')
    .replace(/\s(?:xmlns(?::\w+)?|xlink:href|href)\s*=\s*"[^"]*"/gi, '')
    .replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*')/gi, '')
    .replace(/@import[^;]*;/gi, '')
    .replace(/url\(\s*['"]?(?:https?:)?\/\/[^)]*\)/gi, 'none');
}

export function renderHtmlReport(report: PlanReport, options: HtmlReportOptions): string {
  const body: string[] = [`<h1>${escapeHtml(report.title)}</h1>`];
  for (const section of report.sections) {
    body.push(`<section class="${escapeHtml(section.id)}">`);
    body.push(`<h2 id="${escapeHtml(section.id)}">${escapeHtml(section.title)}</h2>`);
    for (const block of section.blocks) body.push(blockHtml(block, options));
    body.push('</section>');
  }
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(report.title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function blockHtml(block: ReportBlock, options: HtmlReportOptions): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'facts':
      return `<dl class="facts">${block.rows
        .map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`)
        .join('')}</dl>`;
    case 'table': {
      const head = block.header.map((cell) => `<th>${escapeHtml(cell)}</th>`).join('');
      const rows = block.rows
        .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`)
        .join('\n');
      return `<table><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
    }
    case 'checklist':
      return `<ul class="checklist">${block.items
        .map((item) => `<li${item.met ? ' class="met"' : ''}>${escapeHtml(item.text)}</li>`)
        .join('')}</ul>`;
    case 'diagram': {
      const svg = options.svgFor(block.source);
      const content =
        svg === undefined
          ? `<p>This diagram could not be drawn; its Mermaid source:</p><pre class="mermaid-source">${escapeHtml(block.source)}</pre>`
          : inlineSvg(svg);
      return `<figure><figcaption>${escapeHtml(block.title)}</figcaption>${content}</figure>`;
    }
  }
}
