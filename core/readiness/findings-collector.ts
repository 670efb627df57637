import { formatPath } from '../plan/problems';
import { SEVERITIES, type Finding, type FindingMember, type Severity } from './finding';
import type { PathSegment } from '../plan/plan-index';
import { comparePaths } from './path-order';

/**
 * How a finding that can hold for many things reads when it does: `subject` names this one in
 * the list, `together(count)` is the one sentence for all of them. Two findings of one check
 * and severity whose `together` sentences are equal are identical and shown as one.
 */
export interface Repeatable {
  subject: string;
  together: (count: number) => string;
}

interface PendingFinding {
  check: string;
  severity: Severity;
  segments: readonly PathSegment[];
  message: string;
  repeatable: Repeatable | undefined;
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

  add(
    check: string,
    severity: Severity,
    segments: readonly PathSegment[],
    message: string,
    repeatable?: Repeatable,
  ): void {
    this.pending.push({ check, severity, segments, message, repeatable });
  }

  /**
   * Errors, warnings, infos, each in document order; check id and message break ties.
   * Identical findings become one, at the place of the first of them.
   */
  sorted(): Finding[] {
    const ordered = [...this.pending].sort(
      (a, b) =>
        (SEVERITY_RANK.get(a.severity) ?? 0) - (SEVERITY_RANK.get(b.severity) ?? 0) ||
        comparePaths(a.segments, b.segments) ||
        compareText(a.check, b.check) ||
        compareText(a.message, b.message),
    );
    const groups: { first: PendingFinding; members: FindingMember[] }[] = [];
    const byKey = new Map<string, FindingMember[]>();
    for (const finding of ordered) {
      const member = { path: formatPath(finding.segments), subject: '' };
      if (finding.repeatable === undefined) {
        groups.push({ first: finding, members: [member] });
        continue;
      }
      member.subject = finding.repeatable.subject;
      // The sentence for two stands for the sentence for any count: same words, same finding.
      const key = `${finding.check}\u0000${finding.severity}\u0000${finding.repeatable.together(2)}`;
      const members = byKey.get(key);
      if (members !== undefined) {
        members.push(member);
        continue;
      }
      const fresh = [member];
      byKey.set(key, fresh);
      groups.push({ first: finding, members: fresh });
    }
    return groups.map(({ first, members }) => toFinding(first, members));
  }
}

function toFinding(first: PendingFinding, members: FindingMember[]): Finding {
  const { check, severity, message, repeatable } = first;
  const path = members[0]?.path ?? formatPath(first.segments);
  if (members.length < 2 || repeatable === undefined) return { check, severity, path, message };
  return {
    check,
    severity,
    path,
    message: repeatable.together(members.length),
    count: members.length,
    members,
  };
}
