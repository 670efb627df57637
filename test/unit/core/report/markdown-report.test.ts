import { describe, expect, it } from 'vitest';
import { convertToStreams } from '../../../../core/conversion/convert';
import { computePlanMetrics } from '../../../../core/metrics';
import { checkReadiness } from '../../../../core/readiness';
import { buildMarkdownReport } from '../../../../core/report/markdown-report';
import { escapeMarkdown } from '../../../../core/report/markdown-text';
import type { Plan } from '../../../../core/plan/schema';
import { loadSeedPlan } from '../../../support/seed';

function reportOf(plan: Plan): string {
  const converted = convertToStreams(plan);
  const streams = converted.plan.streamDesign?.streams ?? [];
  return buildMarkdownReport({
    plan,
    streams,
    streamsProposed: true,
    unmapped: converted.unmapped,
    metrics: computePlanMetrics(plan, streams),
    findings: checkReadiness(converted.plan),
  });
}

/** The rows of the Markdown table whose header starts with `first`. */
function tableRows(markdown: string, first: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`| ${first} |`));
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(2, -2).split(/(?<!\\) \| /));
  }
  return rows;
}

describe('the Markdown report', () => {
  it('shows the plan, the five streams, the before/after figures and readiness', () => {
    const markdown = reportOf(loadSeedPlan());
    expect(markdown.startsWith('# Seed example: two packaged deliveries\n')).toBe(true);
    const streams = tableRows(markdown, '#');
    expect(streams.map((row) => row[1])).toEqual([
      'Code objects checked in, tested & deployed',
      'Knowledge updates created & tested for the new functional requirements',
      'Formal operational acceptance tests',
      'Hardware deliveries',
      'ELS & Continual Service Improvement',
    ]);
    expect(streams[3]?.[4]).toBe('Change authority (normal change): Change Advisory Board');
    const figures = tableRows(markdown, 'Figure');
    expect(figures.find((row) => row[0] === 'Release events (count)')).toEqual([
      'Release events (count)',
      '2',
      '184–187',
    ]);
    expect(markdown).toContain('## Readiness');
    expect(markdown.endsWith('\n')).toBe(true);
    expect(markdown).not.toMatch(/\n{3}/);
  });

  it('is the same text every time (no date, no randomness)', () => {
    expect(reportOf(loadSeedPlan())).toBe(reportOf(loadSeedPlan()));
  });

  it('keeps hostile titles as text: no table broken, no HTML', () => {
    const plan = loadSeedPlan();
    const item = plan.packagedPlan.deliveries[0]?.items[0];
    if (!item) throw new Error('fixture changed');
    item.title = 'a | b <img src=x onerror=alert(1)>\n# heading `code` [link](javascript:x) &amp;';
    plan.title = '<script>alert(1)</script>';
    const markdown = reportOf(plan);
    const deliveryRows = tableRows(markdown, 'Id');
    expect(deliveryRows[0]).toHaveLength(4);
    expect(markdown).not.toMatch(/(?<!\\)<(img|script)/);
    expect(markdown).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(markdown).not.toMatch(/^# heading/m);
    expect(markdown.split('\n')[0]).toBe('# \\<script\\>alert(1)\\</script\\>');
  });
});

describe('escapeMarkdown', () => {
  it('escapes what Markdown acts on and leaves plain words alone', () => {
    expect(escapeMarkdown('R&DM, SV&T')).toBe('R&DM, SV&T');
    expect(escapeMarkdown('&lt;b&gt;')).toBe('\\&lt;b\\&gt;');
    expect(escapeMarkdown('*bold* _it_ `x` | [a](b) ~s~ $$x$$')).toBe(
      '\\*bold\\* \\_it\\_ \\`x\\` \\| \\[a\\](b) \\~s\\~ \\$\\$x\\$\\$',
    );
    expect(escapeMarkdown('two\nlines\r\nhere')).toBe('two lines here');
  });
});
