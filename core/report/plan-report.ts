import { designFor } from '../conversion/design-for';
import type { DiagramDetail } from '../diagrams/types';
import type { Vocabulary } from '../itil/vocabulary';
import { computePlanMetrics, type DoraReportYear } from '../metrics';
import type { Plan } from '../plan/schema';
import { checkReadiness } from '../readiness';
import { buildPlanReport } from './build-report';
import type { PlanReport } from './model';
import { renderMarkdownReport } from './render-markdown';

export interface PlanReportOptions {
  /** YYYY-MM-DD printed in the title block: the day the report is made, so readiness is
   * checked against it (a go-live before it is flagged). */
  date: string;
  vocabulary?: Vocabulary;
  detail?: DiagramDetail;
  /** Which State of DevOps table rates deployment frequency (default: the latest). */
  doraYear?: DoraReportYear;
}

/**
 * The report of a plan, the same from the CLI and the app: over the plan's own stream design
 * when it has one, else over the one the rules propose (and the report says so).
 */
export function planReport(plan: Plan, options: PlanReportOptions): PlanReport {
  const design = designFor(plan);
  const withDesign: Plan = {
    ...plan,
    streamDesign: { ...plan.streamDesign, streams: design.streams },
  };
  return buildPlanReport({
    plan,
    streams: design.streams,
    streamsProposed: design.proposed,
    unmapped: design.unmapped,
    metrics: computePlanMetrics(
      plan,
      design.streams,
      options.doraYear === undefined ? {} : { doraYear: options.doraYear },
    ),
    findings: checkReadiness(withDesign, { today: options.date }),
    vocabulary: options.vocabulary ?? 'itil3',
    date: options.date,
    detail: options.detail ?? 'grouped',
  });
}

export function planReportMarkdown(plan: Plan, options: PlanReportOptions): string {
  return renderMarkdownReport(planReport(plan, options));
}
