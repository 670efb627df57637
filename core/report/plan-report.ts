import { designFor } from '../conversion/design-for';
import { computePlanMetrics } from '../metrics';
import type { Plan } from '../plan/schema';
import { checkReadiness } from '../readiness';
import { buildMarkdownReport } from './markdown-report';

/**
 * The Markdown report of a plan, the same from the CLI and the app: over the plan's own stream
 * design when it has one, else over the one the rules propose (and the report says so).
 */
export function planReportMarkdown(plan: Plan): string {
  const design = designFor(plan);
  const withDesign: Plan = {
    ...plan,
    streamDesign: { ...plan.streamDesign, streams: design.streams },
  };
  return buildMarkdownReport({
    plan,
    streams: design.streams,
    streamsProposed: design.proposed,
    unmapped: design.unmapped,
    metrics: computePlanMetrics(plan, design.streams),
    findings: checkReadiness(withDesign),
  });
}
