import { convertToStreams, itemsInNoStream, listItems } from '../../../../core/conversion/convert';
import { computePlanMetrics } from '../../../../core/metrics';
import type { Plan } from '../../../../core/plan/schema';
import { checkReadiness } from '../../../../core/readiness';
import { buildMarkdownReport } from '../../../../core/report/markdown-report';

/**
 * The Markdown report of the open plan, as `transition-studio report` writes it: the plan's
 * own stream design when it has one, else the one the rules propose (and the report says so).
 */
export function planReportMarkdown(plan: Plan): string {
  const saved = plan.streamDesign;
  const proposed = saved ? undefined : convertToStreams(plan);
  const streams = saved?.streams ?? proposed?.plan.streamDesign?.streams ?? [];
  const unmapped =
    proposed?.unmapped ??
    itemsInNoStream(listItems(plan), streams, () => 'no stream of the design carries it');
  const withDesign: Plan = { ...plan, streamDesign: { ...plan.streamDesign, streams } };
  return buildMarkdownReport({
    plan,
    streams,
    streamsProposed: proposed !== undefined,
    unmapped,
    metrics: computePlanMetrics(plan, streams),
    findings: checkReadiness(withDesign),
  });
}
