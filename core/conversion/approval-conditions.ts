import { approverOf } from '../plan/approval-labels';
import type { ApprovalModel, Plan, Stream } from '../plan/schema';
import { DEFAULT_CONVERSION_RULES } from './default-rules';

/**
 * The conditions the app writes for a model: what a CAB reads in the report and the approvals
 * diagram, so a stream switched to another model says what that model means.
 */
export function defaultConditions(approval: ApprovalModel): string {
  const who = approverOf(approval);
  switch (approval.mode) {
    case 'preAuthorised':
      return `Standard change: each release passes ${who} before it reaches production.`;
    case 'changeAuthority':
      return `Normal change: each release goes to ${who} for approval before it reaches production.`;
    case 'signOff':
      return `Nothing that depends on it goes live before ${who} has signed it off.`;
    case 'emergency':
      return `Emergency change: only to restore service or fix an urgent fault; ${who} approves, and the change is reviewed afterwards.`;
  }
}

/**
 * Conditions texts the app wrote rather than the user: the rule tables' own, what the last
 * conversion gave the stream, and the defaults of each model. Only these are replaced when the
 * model changes; a text the user wrote is theirs and stays.
 */
export function appWrittenConditions(plan: Plan, stream: Stream | undefined): Set<string> {
  const texts = new Set<string>();
  const add = (approval: ApprovalModel | undefined) => {
    if (approval?.conditions !== undefined) texts.add(approval.conditions.trim());
    if (approval) texts.add(defaultConditions(approval));
  };
  for (const rule of [...DEFAULT_CONVERSION_RULES.rules, ...(plan.conversionRules?.rules ?? [])]) {
    add(rule.stream.approval);
  }
  add(stream?.derivedFrom?.baseline.approval);
  // The current model's default, never its current text: that may be the user's.
  if (stream?.approval) texts.add(defaultConditions(stream.approval));
  return texts;
}
