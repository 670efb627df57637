import { describeCadence } from '../plan/cadence-labels';
import { nameStream, releasesPerWeek } from './describe';
import { countOf } from '../text/count-of';
import type { FindingsCollector } from './findings-collector';
import type { PlanIndex, StreamEntry } from '../plan/plan-index';

/** Every other day is the fastest a change authority can be expected to keep up with. */
const FASTEST_FOR_CHANGE_AUTHORITY = 7 / 2;

const VALIDATION_TESTING = 'validation-testing';

/**
 * A stream carrying only ELS runs a policy, not a deployment: its improvements reach production
 * through their own stream (the article's ELS & CSI stream). An empty stream is given the
 * benefit of no doubt: it is there to release something.
 */
function releasesToProduction(entry: StreamEntry): boolean {
  return (
    entry.carried.length === 0 || entry.carried.some((c) => c.item.kind !== 'earlyLifeSupport')
  );
}

/**
 * The rule's roles are a design decision (the article's code stream is owned by R&DM and SACM,
 * its gate being automated): a note is for roles someone changed or wrote by hand.
 */
function keepsRuleRoles(entry: StreamEntry): boolean {
  const baseline = entry.stream.derivedFrom?.baseline.roles;
  if (baseline === undefined) return false;
  return baseline.length === entry.roles.size && baseline.every((role) => entry.roles.has(role));
}

/**
 * Change Management stays the approval broker for every stream (domain/itil.md): each stream
 * must say whether it is pre-authorised or goes to a change authority, and that choice must fit
 * its cadence and its owners.
 */
export function checkApprovalModels(index: PlanIndex, findings: FindingsCollector): void {
  for (const entry of index.streams ?? []) {
    const { stream } = entry;
    const approval = stream.approval;
    const approvalPath = [...entry.path, 'approval'];
    if (approval === undefined) {
      findings.add(
        'stream-without-approval',
        'warning',
        approvalPath,
        `${nameStream(stream)} has no approval model: say whether its releases are pre-authorised or go to a change authority.`,
        {
          subject: nameStream(stream),
          together: (count) =>
            `${countOf(count, 'stream has', 'streams have')} no approval model: say whether their releases are pre-authorised or go to a change authority.`,
        },
      );
      continue;
    }
    // Sign-off and emergency approvals are decided by people too: the same limit applies.
    if (approval.mode !== 'preAuthorised') {
      if (releasesPerWeek(stream.cadence) < FASTEST_FOR_CHANGE_AUTHORITY) continue;
      findings.add(
        'change-authority-too-frequent',
        'warning',
        approvalPath,
        `${nameStream(stream)} releases ${describeCadence(stream.cadence).toLowerCase()} but goes to change authority "${approval.authority}", which cannot review that often; pre-authorise it as a standard change.`,
      );
      continue;
    }
    if (
      !entry.roles.has(VALIDATION_TESTING) &&
      releasesToProduction(entry) &&
      !keepsRuleRoles(entry)
    ) {
      findings.add(
        'pre-authorised-without-validation',
        // Info, not warning: the gate may well be owned outside the ITIL roles.
        'info',
        [...entry.path, 'roles'],
        `${nameStream(stream)} is pre-authorised through "${approval.gate}" but Service Validation and Testing is not among its roles, so nobody owns that gate.`,
      );
    }
  }
}
