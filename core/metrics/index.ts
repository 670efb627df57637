export { computePlanMetrics, type PlanMetricsOptions } from './compute';
export { meanGapDays } from './occurrences';
export type { CalendarWindow } from './occurrences';
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
