export type Severity = 'error' | 'warning' | 'info';

/** The order findings are listed in: what blocks go-live first, then what puts it at risk. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** One thing a transition manager should look at before the plan is called ready. */
export interface Finding {
  /** Stable id of the check that found it, e.g. 'functional-without-knowledge'. */
  check: string;
  severity: Severity;
  /** JSON path to the offending field, in the style of plan problems. */
  path: string;
  /** One plain sentence naming the thing by its title. */
  message: string;
}

export interface FindingCounts {
  error: number;
  warning: number;
  info: number;
}

export function summariseFindings(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}
