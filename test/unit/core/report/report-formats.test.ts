// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { generatedPlanText } from '../../../../bench/generated-plan';
import { buildDiagram, DIAGRAM_VIEWS } from '../../../../core/diagrams';
import { parsePlanText } from '../../../../core/plan/parse';
import type { Plan } from '../../../../core/plan/schema';
import { planReport, planReportMarkdown } from '../../../../core/report/plan-report';
import { renderHtmlReport } from '../../../../core/report/render-html';
import { REPORT_DIAGRAM_WIDTH } from '../../../../core/report/sections/diagrams';
import { seedWithStreams } from '../../../support/seed';
import { parseMermaid } from '../diagrams/mermaid-parse';

const DATE = '2026-12-03';

/** The Markdown after a heading, up to the next heading of the same or a higher level. */
function sectionOf(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`no heading ${heading}`);
  const level = /^#+/.exec(heading)?.[0] ?? '#';
  const rest = markdown.slice(start + heading.length + 2);
  const end = rest.search(new RegExp(`\\n#{1,${String(level.length)}} `));
  return end < 0 ? rest : rest.slice(0, end);
}

function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map(
    (match) => `${match[1] ?? ''}\n`,
  );
}

/** A plan whose every text tries to break out of Markdown, HTML or Mermaid. */
function hostilePlan(): Plan {
  const plan: Plan = seedWithStreams();
  const evil =
    '<script>alert(1)</script><img src=x onerror=alert(2)> | `x` http://evil.test/ **b**';
  plan.title = evil;
  plan.author = evil;
  plan.strategy.need = evil;
  plan.strategy.risks = [{ id: 'r', description: evil, likelihood: 'high', impact: 'high' }];
  const [first] = plan.packagedPlan.deliveries;
  if (first) first.name = evil;
  const [stream] = plan.streamDesign?.streams ?? [];
  if (stream) stream.name = evil;
  return plan;
}

describe('the Markdown report', () => {
  it('has every section as a heading and every view as a Mermaid block that Mermaid parses', async () => {
    const plan = seedWithStreams();
    const markdown = planReportMarkdown(plan, { date: DATE });
    for (const found of planReport(plan, { date: DATE }).sections) {
      expect(markdown).toContain(`\n## ${found.title.replace('&', '&')}\n`);
    }
    const blocks = mermaidBlocks(sectionOf(markdown, '## Diagrams'));
    // Timelines are drawn at the page's width; the cadence as two two-week timelines.
    const cadence = (start: string) =>
      buildDiagram(plan, 'cadence', {
        ganttWidth: REPORT_DIAGRAM_WIDTH,
        cadenceWindow: { start, weeks: 2 },
      }).diagrams[0]?.source;
    expect(blocks).toEqual(
      DIAGRAM_VIEWS.flatMap((view) =>
        view === 'cadence'
          ? [cadence('2027-06-30'), cadence('2027-07-14')]
          : [
              buildDiagram(
                plan,
                view,
                view === 'packaged' ? { ganttWidth: REPORT_DIAGRAM_WIDTH } : {},
              ).diagrams[0]?.source,
            ],
      ),
    );
    for (const block of blocks) await parseMermaid(block);
    expect(markdown).toContain('- [ ] Go-live date agreed');
    expect(markdown.endsWith('\n')).toBe(true);
  });

  it('gives every diagram of a split view, after the sentence that says why', async () => {
    const parsed = parsePlanText(generatedPlanText(3000, 60));
    if (!parsed.ok) throw new Error('the generated plan does not parse');
    const markdown = planReportMarkdown(parsed.plan, { date: DATE });
    const set = buildDiagram(parsed.plan, 'streams');
    expect(set.reduced?.how).toBe('split');
    expect(markdown).toContain(`Stream design: ${set.reduced?.message ?? 'no message'}`);
    const diagrams = sectionOf(markdown, '## Diagrams');
    expect(diagrams).toContain(`\n### ${set.diagrams[1]?.title ?? 'no title'}\n`);
    for (const block of mermaidBlocks(diagrams).slice(0, 3)) await parseMermaid(block);
  }, 60_000);

  it('shows hostile text as written: no markup, no broken table', () => {
    const markdown = planReportMarkdown(hostilePlan(), { date: DATE });
    expect(markdown).not.toMatch(/(?<!\\)<script>/);
    expect(markdown).not.toMatch(/(?<!\\)<img/);
    expect(markdown).toContain('\\<script\\>alert(1)\\</script\\>');
    const risk = markdown
      .split('\n')
      .find((line) => line.includes('alert(1)') && line.includes('| High |'));
    expect(risk?.split(/(?<!\\)\|/).length).toBe(6);
  });
});

describe('the HTML report', () => {
  const hostileSvg =
    '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" onload="alert(1)"><style>@import url(http://evil.test/a.css); .a{fill:url(https://evil.test/x)}</style><script>alert(2)</script><foreignObject><div>x</div></foreignObject><a href="http://evil.test"><text onclick=\'alert(3)\'>t</text></a><path marker-end="url(#arrow)"/></svg>';

  it('is one file with no script, no event attribute, no foreignObject and no external URL', () => {
    const html = renderHtmlReport(planReport(hostilePlan(), { date: DATE }), {
      svgFor: () => hostileSvg,
    });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/foreignObject/i);
    expect(html).not.toMatch(/https?:/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('url(#arrow)');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
  });

  it('has every section, the checklists and a figure per diagram; an undrawn one shows its source', () => {
    const plan = seedWithStreams();
    const report = planReport(plan, { date: DATE });
    const html = renderHtmlReport(report, {
      svgFor: (source) => (/^gantt/m.test(source) ? undefined : '<svg><g></g></svg>'),
    });
    for (const found of report.sections) expect(html).toContain(`<h2 id="${found.id}">`);
    expect(html.match(/<figure>/g)).toHaveLength(6);
    expect(html.match(/<svg>/g)).toHaveLength(3);
    expect(html).toContain('This diagram could not be drawn; its Mermaid source:');
    expect(html).toContain('<li>Go-live date agreed</li>');
    expect(html).toContain('@media print');
  });
});
