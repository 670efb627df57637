import { z } from 'zod';

const text = z.string();

/** What kind of change authority decides a normal change. */
export const AUTHORITY_KINDS = ['cab', 'changeManager', 'named'] as const;

/**
 * Who authorises a stream's releases into production (schema v2). Change Management stays the
 * broker; the approval class says how:
 * - `preAuthorised`: a standard change; approval is devolved to a named automated gate.
 * - `changeAuthority`: a normal change decided by a change authority (`authorityKind`: the CAB,
 *   the change manager or another named authority; absent means it is read from the name).
 *   `goNoGo` marks a go/no-go decision before each run (cutovers), `backOutPlan` says how a run
 *   is undone.
 * - `signOff`: a regulatory or compliance sign-off by a named authority (Financial Controller,
 *   Data Protection Officer …), `regulation` naming what requires it (SOX, GDPR …).
 * - `emergency`: the emergency change path (an emergency CAB or a named authority).
 * Every mode other than `preAuthorised` names its decider in `authority`.
 */
export const ApprovalModelSchema = z.discriminatedUnion('mode', [
  z.looseObject({
    mode: z.literal('preAuthorised'),
    gate: z.string().min(1, 'must name the gate that authorises the release'),
    conditions: text.optional(),
  }),
  z.looseObject({
    mode: z.literal('changeAuthority'),
    authority: z.string().min(1, 'must name the change authority'),
    authorityKind: z.enum(AUTHORITY_KINDS).optional(),
    conditions: text.optional(),
    goNoGo: z.boolean().optional(),
    backOutPlan: text.optional(),
  }),
  z.looseObject({
    mode: z.literal('signOff'),
    authority: z.string().min(1, 'must name who signs off (e.g. Data Protection Officer)'),
    regulation: text.optional(),
    conditions: text.optional(),
  }),
  z.looseObject({
    mode: z.literal('emergency'),
    authority: z.string().min(1, 'must name the emergency change authority'),
    conditions: text.optional(),
  }),
]);

export type ApprovalModel = z.infer<typeof ApprovalModelSchema>;
export type ApprovalMode = ApprovalModel['mode'];
export type AuthorityKind = (typeof AUTHORITY_KINDS)[number];

export const APPROVAL_MODES: readonly ApprovalMode[] = [
  'preAuthorised',
  'changeAuthority',
  'signOff',
  'emergency',
];

/**
 * Kinds of work a change policy gives a default approval class to. Each default conversion rule
 * carries one (`ConversionRule.work`).
 */
export const WORK_KINDS = [
  'code',
  'knowledge',
  'acceptance',
  'infrastructureAsCode',
  'physicalInfrastructure',
  'regulatory',
  'cutover',
  'decommission',
  'earlyLifeSupport',
] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

/** The approval classes a policy can name as a default (the emergency path is never a default). */
export const DEFAULT_APPROVAL_CLASSES = ['preAuthorised', 'changeAuthority', 'signOff'] as const;
export type DefaultApprovalClass = (typeof DEFAULT_APPROVAL_CLASSES)[number];

/**
 * The structured change policy of the strategy (schema v2; the free-text `changePolicy` stays
 * beside it for the policy in words). Every field is optional:
 * - `everythingToCab`: all production changes are normal changes to the CAB; conversion makes
 *   no pre-authorised stream and readiness flags one made by hand (`policy-contradiction`).
 * - `changeAuthority`: the change authority normal changes go to (default: the Change Advisory
 *   Board, kind `cab`).
 * - `defaults`: the approval class per kind of work, overriding the rule table's.
 * - `preAuthorisingGates`: the only automated gates that may pre-authorise a release; a
 *   pre-authorised stream through any other gate goes to the change authority instead. Absent
 *   means any gate the rules name.
 * - `emergency`: who runs the emergency change path.
 */
export const ChangeApprovalPolicySchema = z.looseObject({
  everythingToCab: z.boolean().optional(),
  changeAuthority: z
    .looseObject({
      authority: z.string().min(1, 'must name the change authority'),
      authorityKind: z.enum(AUTHORITY_KINDS).optional(),
    })
    .optional(),
  defaults: z.partialRecord(z.enum(WORK_KINDS), z.enum(DEFAULT_APPROVAL_CLASSES)).optional(),
  preAuthorisingGates: z.array(z.string().min(1, 'must not be empty')).optional(),
  emergency: z
    .looseObject({
      authority: z.string().min(1, 'must name the emergency change authority'),
      conditions: text.optional(),
    })
    .optional(),
});

export type ChangeApprovalPolicy = z.infer<typeof ChangeApprovalPolicySchema>;

export const DEFAULT_CHANGE_AUTHORITY = 'Change Advisory Board';

/** Whether a change authority is a CAB, the change manager or someone named. */
export function authorityKindOf(approval: {
  authority: string;
  authorityKind?: AuthorityKind | undefined;
}): AuthorityKind {
  if (approval.authorityKind) return approval.authorityKind;
  if (/\bE?CAB\b|advisory board/i.test(approval.authority)) return 'cab';
  if (/change manager/i.test(approval.authority)) return 'changeManager';
  return 'named';
}
