import { nameStream } from './describe';
import { countOf } from '../text/count-of';
import type { FindingsCollector } from './findings-collector';
import type { PlanIndex } from '../plan/plan-index';

/** Training given longer than this before go-live fades before it is used. */
export const DEFAULT_TRAINING_MAX_LEAD_WEEKS = 8;

/**
 * Streams that contradict the strategy's structured change policy: a pre-authorised stream when
 * everything goes to the CAB, or one whose gate the policy does not let pre-authorise. Hand-made
 * streams are checked the same way, since conversion already honours the policy.
 */
export function checkPolicyContradictions(index: PlanIndex, findings: FindingsCollector): void {
  const policy = index.plan.strategy.changeApproval;
  if (policy === undefined) return;
  for (const entry of index.streams ?? []) {
    const approval = entry.stream.approval;
    if (approval?.mode !== 'preAuthorised') continue;
    const path = [...entry.path, 'approval'];
    if (policy.everythingToCab === true) {
      findings.add(
        'policy-contradiction',
        'error',
        path,
        `${nameStream(entry.stream)} is pre-authorised through "${approval.gate}", but the change policy sends every production change to the CAB.`,
      );
    } else if (policy.preAuthorisingGates && !policy.preAuthorisingGates.includes(approval.gate)) {
      findings.add(
        'policy-contradiction',
        'error',
        path,
        `${nameStream(entry.stream)} is pre-authorised through "${approval.gate}", which is not a gate the change policy lets pre-authorise.`,
      );
    }
  }
}

/** A regulatory item needs a sign-off by a named authority, in a stream that asks for it. */
export function checkRegulatoryApproval(index: PlanIndex, findings: FindingsCollector): void {
  const signedOff = new Set<string>();
  for (const entry of index.streams ?? []) {
    if (entry.stream.approval?.mode !== 'signOff') continue;
    for (const carried of entry.carried) signedOff.add(carried.item.id);
  }
  for (const entry of index.items) {
    const { item } = entry;
    if (item.nature !== 'regulatory') continue;
    if (index.streams !== undefined && !signedOff.has(item.id)) {
      findings.add(
        'regulatory-approval',
        'error',
        entry.path,
        `Regulatory item "${item.title}" is in no stream that asks for a regulatory or compliance sign-off.`,
        {
          subject: `Regulatory item "${item.title}"`,
          together: (count) =>
            `${countOf(count, 'regulatory item is', 'regulatory items are')} in no stream that asks for a regulatory or compliance sign-off.`,
        },
      );
    } else if (!item.signOffAuthority?.trim()) {
      findings.add(
        'regulatory-approval',
        'warning',
        [...entry.path, 'signOffAuthority'],
        `Regulatory item "${item.title}" names nobody to sign it off (e.g. Data Protection Officer, Financial Controller).`,
        {
          subject: `Regulatory item "${item.title}"`,
          together: (count) =>
            `${countOf(count, 'regulatory item names', 'regulatory items name')} nobody to sign them off (e.g. Data Protection Officer, Financial Controller).`,
        },
      );
    }
  }
}

/** Skills fade: training long before go-live is largely forgotten by the time it is needed. */
export function checkTrainingLeadTime(index: PlanIndex, findings: FindingsCollector): void {
  const limit =
    index.plan.readinessSettings?.trainingMaxLeadWeeks ?? DEFAULT_TRAINING_MAX_LEAD_WEEKS;
  for (const entry of index.items) {
    const { item } = entry;
    if (item.kind !== 'training' || item.leadWeeks <= limit) continue;
    findings.add(
      'training-lead-time',
      'warning',
      [...entry.path, 'leadWeeks'],
      `Training "${item.title}" starts ${String(item.leadWeeks)} weeks before "${entry.delivery.delivery.name}" goes live, more than ${String(limit)}: skills fade before they are used.`,
      {
        subject: `Training "${item.title}" (${String(item.leadWeeks)} weeks before "${entry.delivery.delivery.name}")`,
        together: (count) =>
          `${countOf(count, 'training starts', 'trainings start')} more than ${String(limit)} weeks before go-live: skills fade before they are used.`,
      },
    );
  }
}
