export type Severity = 'error' | 'warning' | 'info';

/** The order findings are listed in: what blocks go-live first, then what puts it at risk. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** One of the things a grouped finding is about, with the field that fixes it. */
export interface FindingMember {
  path: string;
  /** The thing named as in a message, e.g. `Item "Printer" of Delivery "Wave 1"`. */
  subject: string;
}

/** One thing a transition manager should look at before the plan is called ready. */
export interface Finding {
  /** Stable id of the check that found it, e.g. 'functional-without-knowledge'. */
  check: string;
  severity: Severity;
  /** JSON path to the offending field, in the style of plan problems (a group's: its first). */
  path: string;
  /** One plain sentence naming the thing by its title. */
  message: string;
  /**
   * Present when the same finding holds for several things: how many, and each of them. Five
   * identical warnings read as noise; one with a count and the list reads as one job.
   */
  count?: number;
  members?: FindingMember[];
}

export interface FindingCounts {
  error: number;
  warning: number;
  info: number;
}

/** Counts findings as they are listed: a group of identical findings counts once. */
export function summariseFindings(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}
