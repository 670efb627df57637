export { computePlanMetrics, type PlanMetricsOptions } from './compute';
export { countOccurrences, meanGapDays } from './occurrences';
export type { CalendarWindow, OccurrenceContext } from './occurrences';
export {
  classifyDeploymentFrequency,
  DEFAULT_DORA_YEAR,
  DORA_REPORT_YEARS,
  isDoraReportYear,
} from './dora';
export { formatMetricsReport } from './report';
export { formatFigure, formatRange, formatRate } from './format-number';
export type { Range } from './range';
export type * from './types';
