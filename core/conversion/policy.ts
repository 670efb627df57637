import {
  DEFAULT_CHANGE_AUTHORITY,
  WORK_KINDS,
  type ApprovalMode,
  type ApprovalModel,
  type ChangeApprovalPolicy,
  type ConversionRule,
  type DefaultApprovalClass,
  type Item,
  type WorkKind,
} from '../plan/schema';

type StreamTemplate = ConversionRule['stream'];

const PIPELINE_GATE = 'Automated build and integration tests';
const SIGN_OFF_AUTHORITY = 'Compliance sign-off authority';
const EMERGENCY_AUTHORITY = 'Emergency CAB';

/** The kind of work a rule's stream carries: its `work`, else its id when that names one. */
export function workOf(rule: ConversionRule): WorkKind | undefined {
  if (rule.work) return rule.work;
  return (WORK_KINDS as readonly string[]).includes(rule.id) ? (rule.id as WorkKind) : undefined;
}

function changeAuthorityOf(policy: ChangeApprovalPolicy | undefined, conditions?: string) {
  const authority = policy?.changeAuthority;
  return {
    mode: 'changeAuthority' as const,
    authority: authority?.authority ?? DEFAULT_CHANGE_AUTHORITY,
    ...(authority?.authorityKind ? { authorityKind: authority.authorityKind } : {}),
    ...(conditions === undefined ? {} : { conditions }),
  };
}

/** Who signs the items off: the authorities the items name, else the rule's own. */
function signOffOf(current: ApprovalModel, items: readonly Item[]): ApprovalModel {
  const named = [
    ...new Set(items.map((item) => item.signOffAuthority?.trim() ?? '').filter(Boolean)),
  ];
  const base: ApprovalModel =
    current.mode === 'signOff' ? current : { mode: 'signOff', authority: SIGN_OFF_AUTHORITY };
  return named.length === 0 ? base : { ...base, authority: named.join('; ') };
}

/**
 * Who decides a stream's releases under an approval class, as the change policy names them:
 * its first pre-authorising gate, its change authority, its emergency authority; the app's
 * defaults where the policy is silent. Conversion and the editor's approval switch both use it.
 */
export function approvalOfModeUnderPolicy(
  mode: ApprovalMode,
  policy: ChangeApprovalPolicy | undefined,
): ApprovalModel {
  switch (mode) {
    case 'preAuthorised':
      return { mode, gate: policy?.preAuthorisingGates?.[0] ?? PIPELINE_GATE };
    case 'changeAuthority':
      return changeAuthorityOf(policy);
    case 'signOff':
      return { mode, authority: SIGN_OFF_AUTHORITY };
    case 'emergency':
      return { mode, authority: policy?.emergency?.authority ?? EMERGENCY_AUTHORITY };
  }
}

function approvalOfClass(
  wanted: DefaultApprovalClass,
  current: ApprovalModel,
  policy: ChangeApprovalPolicy | undefined,
): ApprovalModel {
  if (current.mode === wanted) return current;
  const model = approvalOfModeUnderPolicy(wanted, policy);
  switch (wanted) {
    case 'preAuthorised':
      return {
        ...model,
        conditions: 'Standard change, as the change policy sets for this kind of work.',
      };
    case 'changeAuthority':
      return {
        ...model,
        conditions: 'Normal change, as the change policy sets for this kind of work.',
      };
    case 'signOff':
      return model;
  }
}

/** The approval a rule's stream gets once the strategy's change policy has had its say. */
function approvalUnderPolicy(
  approval: ApprovalModel,
  work: WorkKind | undefined,
  policy: ChangeApprovalPolicy | undefined,
  items: readonly Item[],
): ApprovalModel {
  let next = approval;
  const wanted = work === undefined ? undefined : policy?.defaults?.[work];
  if (wanted) next = approvalOfClass(wanted, next, policy);
  if (next.mode === 'signOff') next = signOffOf(next, items);
  if (next.mode !== 'preAuthorised') return next;
  if (policy?.everythingToCab === true) {
    return changeAuthorityOf(
      policy,
      'Normal change: the change policy sends every production change to the CAB.',
    );
  }
  const gates = policy?.preAuthorisingGates;
  if (gates && !gates.includes(next.gate)) {
    return changeAuthorityOf(
      policy,
      `Normal change: "${next.gate}" is not a gate the change policy lets pre-authorise.`,
    );
  }
  return next;
}

const FOR_FUNCTIONAL = / for the new functional requirements/i;

/** A stream name says what it carries: no "functional requirements" when it carries none. */
function nameFor(name: string, items: readonly Item[]): string {
  if (!FOR_FUNCTIONAL.test(name) || items.some((item) => item.kind === 'functional')) return name;
  return name.replace(FOR_FUNCTIONAL, '');
}

/**
 * The stream a rule makes for these items under the plan's change policy. Pure; the result is
 * also the baseline of the three-way merge, so a policy change reaches streams not edited by
 * hand on the next conversion.
 */
export function templateFor(
  rule: ConversionRule,
  items: readonly Item[],
  policy: ChangeApprovalPolicy | undefined,
): StreamTemplate {
  const stream = structuredClone(rule.stream);
  return {
    ...stream,
    name: nameFor(stream.name, items),
    approval: approvalUnderPolicy(stream.approval, workOf(rule), policy, items),
  };
}
