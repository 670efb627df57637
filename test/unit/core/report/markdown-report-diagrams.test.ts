// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { generatedPlanText } from '../../../../bench/generated-plan';
import { convertToStreams } from '../../../../core/conversion/convert';
import { buildDiagram, DIAGRAM_VIEWS } from '../../../../core/diagrams';
import { computePlanMetrics } from '../../../../core/metrics';
import { parsePlanText } from '../../../../core/plan/parse';
import type { Plan } from '../../../../core/plan/schema';
import { checkReadiness } from '../../../../core/readiness';
import { buildMarkdownReport } from '../../../../core/report/markdown-report';
import { loadSeedPlan, seedStreams } from '../../../support/seed';
import { parseMermaid } from '../diagrams/mermaid-parse';

function reportOf(plan: Plan): string {
  const design = plan.streamDesign;
  const converted = convertToStreams(plan);
  const streams = design?.streams ?? converted.plan.streamDesign?.streams ?? [];
  return buildMarkdownReport({
    plan,
    streams,
    streamsProposed: design === undefined,
    unmapped: design === undefined ? converted.unmapped : [],
    metrics: computePlanMetrics(plan, streams),
    findings: checkReadiness({ ...plan, streamDesign: { streams } }),
  });
}

/** The Markdown after a heading, up to the next heading of the same or a higher level. */
function section(markdown: string, heading: string): string {
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

describe('the Diagrams section of the report', () => {
  it('embeds every view of the plan as a Mermaid block that Mermaid parses', async () => {
    const plan = { ...loadSeedPlan(), streamDesign: { streams: seedStreams() } };
    const markdown = reportOf(plan);
    const diagrams = section(markdown, '## Diagrams');
    const blocks = mermaidBlocks(diagrams);
    expect(blocks).toEqual(
      DIAGRAM_VIEWS.map((view) => buildDiagram(plan, view).diagrams[0]?.source),
    );
    for (const block of blocks) await parseMermaid(block);
    expect(diagrams).toContain('\n### Packaged plan\n');
    expect(diagrams).toContain('\n### Stream cadence · 2027-06-30 to 2027-07-27\n');
  });

  it('draws the streams the report proposes when the plan has none, and says so', () => {
    const markdown = reportOf(loadSeedPlan());
    expect(markdown).toContain(
      '\n### Stream design (proposed by the conversion rules: the plan has no stream design yet)\n',
    );
    expect(section(markdown, '## Diagrams')).toContain(
      'Code objects checked in, tested #amp; deployed',
    );
  });

  it('gives every diagram of a split view, after the sentence that says why', async () => {
    const parsed = parsePlanText(generatedPlanText(3000, 60));
    if (!parsed.ok) throw new Error('the generated plan does not parse');
    const markdown = reportOf(parsed.plan);
    const streams = section(markdown, '### Stream design');
    const set = buildDiagram(parsed.plan, 'streams');
    expect(set.reduced?.how).toBe('split');
    expect(streams).toContain(`\n${set.reduced?.message ?? 'no message'}\n`);
    const blocks = mermaidBlocks(streams);
    expect(blocks).toHaveLength(set.diagrams.length);
    expect(streams).toContain(`\n#### ${set.diagrams[1]?.title ?? 'no title'}\n`);
    for (const block of blocks) await parseMermaid(block);
  });
});
