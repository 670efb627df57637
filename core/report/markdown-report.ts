import { describeCadence } from '../plan/cadence-labels';
import { ITEM_KIND_LABELS, countItems, describeItemDetail } from '../plan/item-kinds';
import type { ApprovalModel, Plan, Stream } from '../plan/schema';
import { findItilRole } from '../itil/roles';
import { metricsHorizonLine, metricsNotes, metricsRows } from '../metrics/report';
import type { PlanMetricsResult } from '../metrics/types';
import { summariseFindings, type Finding } from '../readiness/finding';
import type { UnmappedItem } from '../conversion/convert';
import { escapeMarkdown as md, markdownTable } from './markdown-text';
import { buildDiagramOf } from '../diagrams/build';
import { DIAGRAM_VIEWS, DIAGRAM_VIEW_TITLES } from '../diagrams/types';
import { planTitle } from '../plan/untitled';

export interface MarkdownReportInput {
  plan: Plan;
  streams: readonly Stream[];
  /** True when the streams were proposed for this report and are not saved in the plan. */
  streamsProposed: boolean;
  unmapped: readonly UnmappedItem[];
  metrics: PlanMetricsResult;
  findings: readonly Finding[];
}

/**
 * The plan as a Markdown document a transition manager can put in a wiki or a pull request.
 * Deterministic (no date in it) so that a pipeline regenerating it only changes what changed.
 */
export function buildMarkdownReport(input: MarkdownReportInput): string {
  const { plan } = input;
  // Spread into an array literal, not into push(): a section of 200,000 lines would pass
  // 200,000 arguments and overflow the stack.
  const lines: string[] = [
    `# ${md(planTitle(plan.title))}`,
    '',
    ...serviceSection(plan),
    '',
    ...packagedSection(plan),
    '',
    ...streamsSection(input),
    '',
    ...metricsSection(input.metrics),
    '',
    ...readinessSection(input.findings),
    '',
    ...diagramsSection(input),
  ];
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

function serviceSection(plan: Plan): string[] {
  const lines = [
    `- **Service:** ${md(plan.service.name || '(unnamed)')}${plan.service.owner ? ` (owner: ${md(plan.service.owner)})` : ''}`,
    `- **Approach:** ${plan.strategy.approach}`,
  ];
  if (plan.strategy.need) lines.push(`- **Need:** ${md(plan.strategy.need)}`);
  if (plan.strategy.customers && plan.strategy.customers.length > 0) {
    lines.push(`- **Customers:** ${plan.strategy.customers.map(md).join(', ')}`);
  }
  if (plan.strategy.horizon) {
    lines.push(`- **Horizon:** ${plan.strategy.horizon.start} to ${plan.strategy.horizon.end}`);
  }
  return lines;
}

function packagedSection(plan: Plan): string[] {
  const { deliveries } = plan.packagedPlan;
  const lines = [
    '## Packaged release plan',
    '',
    `${String(deliveries.length)} deliveries, ${String(countItems(deliveries))} items.`,
  ];
  for (const delivery of deliveries) {
    lines.push('', `### ${md(delivery.name)} (${delivery.date})`, '');
    if (delivery.items.length === 0) {
      lines.push('No items.');
      continue;
    }
    lines.push(
      ...markdownTable(
        ['Id', 'Item', 'Kind', 'Detail'],
        delivery.items.map((item) => [
          `\`${item.id.replace(/`/g, "'")}\``,
          md(item.title),
          ITEM_KIND_LABELS[item.kind],
          describeItemDetail(item),
        ]),
      ),
    );
  }
  return lines;
}

function describeApproval(approval: ApprovalModel | undefined): string {
  if (!approval) return '**none set**';
  return approval.mode === 'preAuthorised'
    ? `Pre-authorised (standard change): ${md(approval.gate)}`
    : `Change authority (normal change): ${md(approval.authority)}`;
}

function describeRoles(roles: readonly string[]): string {
  return roles.map((role) => md(findItilRole(role)?.abbreviation ?? role)).join(', ');
}

function streamsSection(input: MarkdownReportInput): string[] {
  const lines = ['## Stream design', ''];
  if (input.streamsProposed) {
    lines.push(
      'The plan has no stream design yet: these streams are what the conversion rules propose.',
      '',
    );
  }
  if (input.streams.length === 0) {
    lines.push('No streams.');
  } else {
    lines.push(
      ...markdownTable(
        ['#', 'Stream', 'Cadence', 'Roles', 'Approval', 'Traced items'],
        input.streams.map((stream, index) => [
          String(index + 1),
          md(stream.name),
          describeCadence(stream.cadence),
          describeRoles(stream.roles),
          describeApproval(stream.approval),
          stream.sourceItemIds.map(md).join(', '),
        ]),
      ),
    );
  }
  if (input.unmapped.length > 0) {
    lines.push('', '### Unmapped items', '');
    lines.push(
      ...markdownTable(
        ['Id', 'Item', 'Delivery', 'Why'],
        input.unmapped.map((item) => [
          md(item.itemId),
          md(item.title),
          md(item.deliveryId),
          md(item.reason),
        ]),
      ),
    );
  }
  return lines;
}

function metricsSection(result: PlanMetricsResult): string[] {
  const lines = ['## Packaged releases compared with streams', ''];
  if (!result.ok) return [...lines, md(result.reason)];
  const { metrics } = result;
  lines.push(md(metricsHorizonLine(metrics)), '');
  lines.push(
    ...markdownTable(
      ['Figure', 'Packaged', 'Streams'],
      metricsRows(metrics).map((row) => row.map(md)),
    ),
  );
  const notes = metricsNotes(metrics);
  if (notes.length > 0) lines.push('', ...notes.map((note) => `- ${md(note)}`));
  return lines;
}

function readinessSection(findings: readonly Finding[]): string[] {
  const counts = summariseFindings(findings);
  const lines = [
    '## Readiness',
    '',
    `${String(counts.error)} errors, ${String(counts.warning)} warnings, ${String(counts.info)} notes.`,
  ];
  if (findings.length === 0) return lines;
  lines.push(
    '',
    ...markdownTable(
      ['Severity', 'Where', 'Finding'],
      findings.map((finding) => [
        finding.severity,
        `\`${finding.path.replace(/`/g, "'")}\``,
        md(finding.message),
      ]),
    ),
  );
  return lines;
}

/**
 * Every diagram view as a Mermaid block (GitHub, GitLab and most wikis draw them), over the same
 * streams as the rest of the report. A view too large for one diagram comes as several blocks,
 * after the sentence that says why.
 */
function diagramsSection(input: MarkdownReportInput): string[] {
  const design = { streams: input.streams, proposed: input.streamsProposed };
  const lines = ['## Diagrams'];
  for (const view of DIAGRAM_VIEWS) {
    const set = buildDiagramOf(input.plan, view, {}, () => design);
    const [only] = set.diagrams;
    lines.push(
      '',
      `### ${md(set.diagrams.length === 1 && only ? only.title : DIAGRAM_VIEW_TITLES[view])}`,
    );
    if (set.reduced) lines.push('', md(set.reduced.message));
    for (const diagram of set.diagrams) {
      if (set.diagrams.length > 1) lines.push('', `#### ${md(diagram.title)}`);
      // Generated sources hold no backtick (escapeLabel codes it), so the fence cannot close early.
      lines.push('', '```mermaid', diagram.source.trimEnd(), '```');
    }
  }
  return lines;
}
