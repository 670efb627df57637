import { formatPath } from '../plan/problems';
import { SEVERITIES, type Finding, type Severity } from './finding';
import type { PathSegment } from '../plan/plan-index';
import { comparePaths } from './path-order';

interface PendingFinding {
  check: string;
  severity: Severity;
  segments: readonly PathSegment[];
  message: string;
}

const SEVERITY_RANK = new Map(SEVERITIES.map((severity, rank) => [severity, rank]));

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Checks report paths as segments, not strings, so findings can be put in document order
 * without parsing the paths back.
 */
export class FindingsCollector {
  private readonly pending: PendingFinding[] = [];

  add(check: string, severity: Severity, segments: readonly PathSegment[], message: string): void {
    this.pending.push({ check, severity, segments, message });
  }

  /** Errors, warnings, infos, each in document order; check id and message break ties. */
  sorted(): Finding[] {
    const ordered = [...this.pending].sort(
      (a, b) =>
        (SEVERITY_RANK.get(a.severity) ?? 0) - (SEVERITY_RANK.get(b.severity) ?? 0) ||
        comparePaths(a.segments, b.segments) ||
        compareText(a.check, b.check) ||
        compareText(a.message, b.message),
    );
    return ordered.map(({ check, severity, segments, message }) => ({
      check,
      severity,
      path: formatPath(segments),
      message,
    }));
  }
}
