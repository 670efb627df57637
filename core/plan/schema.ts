import { z } from 'zod';
import { isRealCalendarDate } from './calendar-date';

/**
 * Plan file format v1 (see DESIGN.md). Objects are `looseObject` on purpose: fields this
 * version does not know must survive a load/save round trip untouched. For the same reason no
 * schema here fills in a default: a default would write a field the user never wrote. Defaults
 * are applied where a value is read (`quantityOf`, `DEFAULT_CONVERSION_RULES`).
 *
 * Each shape lists its keys in the order files are written in (serialize.ts), because zod's
 * output follows the shape: a parsed plan is then already in file order and saving it does not
 * have to copy it.
 */
export const PLAN_FORMAT = 'transition-studio.plan';
export const CURRENT_SCHEMA_VERSION = 1;

export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD', abort: true })
  .refine(isRealCalendarDate, 'must be a date that exists in the calendar');

const id = z.string().min(1, 'must not be empty');
const text = z.string();
const nonNegative = z.number().min(0, 'must be 0 or more');

export const ITEM_KINDS = [
  'functional',
  'nonFunctional',
  'infrastructure',
  'document',
  'opsBriefing',
  'training',
  'earlyLifeSupport',
  'other',
] as const;

export const ItemSchema = z.discriminatedUnion('kind', [
  z.looseObject({ id, kind: z.literal('functional'), title: text }),
  z.looseObject({
    id,
    kind: z.literal('nonFunctional'),
    title: text,
    /** Share of its targets met at that delivery. */
    targetPercent: z
      .number()
      .min(0, 'must be between 0 and 100')
      .max(100, 'must be between 0 and 100'),
  }),
  z.looseObject({
    id,
    kind: z.literal('infrastructure'),
    title: text,
    /** Absent means 1 (read it with `quantityOf`). */
    quantity: z.number().int('must be a whole number').min(1, 'must be 1 or more').optional(),
  }),
  z.looseObject({ id, kind: z.literal('document'), title: text }),
  /** Briefing at t-N weeks before the delivery date. */
  z.looseObject({ id, kind: z.literal('opsBriefing'), title: text, leadWeeks: nonNegative }),
  /** Training plan from t-N weeks. */
  z.looseObject({ id, kind: z.literal('training'), title: text, leadWeeks: nonNegative }),
  /** ELS until the delivery date + N days. */
  z.looseObject({ id, kind: z.literal('earlyLifeSupport'), title: text, days: nonNegative }),
  z.looseObject({ id, kind: z.literal('other'), title: text }),
]);

export const DeliverySchema = z.looseObject({
  id,
  name: text,
  date: IsoDateSchema,
  items: z.array(ItemSchema),
});

export const CadenceSchema = z.discriminatedUnion('kind', [
  z.looseObject({ kind: z.literal('daily') }),
  z.looseObject({
    kind: z.literal('everyNDays'),
    n: z.number().int('must be a whole number').min(2, 'must be 2 or more (1 is "daily")'),
  }),
  z
    .looseObject({
      kind: z.literal('timesPerWeek'),
      min: z
        .number()
        .int('must be a whole number')
        .min(1, 'must be between 1 and 7')
        .max(7, 'must be between 1 and 7'),
      max: z
        .number()
        .int('must be a whole number')
        .min(1, 'must be between 1 and 7')
        .max(7, 'must be between 1 and 7'),
    })
    .refine((c) => c.min <= c.max, { error: 'must not be less than min', path: ['max'] }),
  z.looseObject({ kind: z.literal('asRequired') }),
]);

/**
 * Who authorises a stream's releases into production. Change Management stays the broker: it
 * either devolves approval to an automated gate (a pre-authorised, standard change) or keeps a
 * change authority (change manager, CAB) in the loop (a normal change).
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
    conditions: text.optional(),
  }),
]);

const streamTemplate = {
  name: text,
  cadence: CadenceSchema,
  roles: z.array(z.string().min(1, 'must not be empty')),
  approval: ApprovalModelSchema,
};

/**
 * What the conversion produced for a stream the last time it ran: the baseline of a three-way
 * merge, so that re-converting can tell a hand edit (stream differs from baseline) from a value
 * the rules changed (rule differs from baseline).
 */
export const StreamDerivationSchema = z.looseObject({
  ruleId: id,
  baseline: z.looseObject({ ...streamTemplate, sourceItemIds: z.array(z.string()) }),
});

export const StreamSchema = z.looseObject({
  id,
  name: text,
  cadence: CadenceSchema,
  roles: z.array(z.string().min(1, 'must not be empty')),
  approval: ApprovalModelSchema.optional(),
  sourceItemIds: z.array(z.string()),
  /** Absent for a stream the user added by hand. */
  derivedFrom: StreamDerivationSchema.optional(),
  /** People or teams who fill a role for this stream, by role id (the report's RACI names them). */
  roleOwners: z.record(z.string(), z.array(text)).optional(),
});

export const StreamDesignSchema = z.looseObject({
  streams: z.array(StreamSchema),
  /** Rules whose stream the user deleted: re-conversion does not bring it back. */
  removedRuleIds: z.array(z.string()).optional(),
});

export const ConversionRuleSchema = z.looseObject({
  id,
  kinds: z.array(z.enum(ITEM_KINDS)).min(1, 'must list at least one item kind'),
  stream: z.looseObject(streamTemplate),
});

export const ConversionRuleTableSchema = z.looseObject({
  rules: z.array(ConversionRuleSchema),
});

export const CustomRoleSchema = z.looseObject({
  id,
  name: z.string().min(1, 'must not be empty'),
  abbreviation: z.string().min(1, 'must not be empty'),
});

export const HorizonSchema = z
  .looseObject({ start: IsoDateSchema, end: IsoDateSchema })
  .refine((h) => h.start <= h.end, { error: 'must not be before start', path: ['end'] });

/** Where lessons from early life support feed continual improvement. */
export const IMPROVEMENT_LEVELS = ['operational', 'tactical', 'strategic'] as const;

/**
 * The early life support and continual service improvement policy of the strategy. Every
 * field is optional: an absent field means the policy has not been written yet.
 * - `incidentFocus`: incidents caused by the change get heightened attention during ELS
 *   (`incidentNotes` says how: priority, who triages, how long).
 * - `meetings`: sunrise/sunset meetings with sponsors and business owners, at a cadence
 *   (the same cadence model as a stream), with who attends.
 * - `improvementLevels`: which improvement registers the feedback goes into.
 */
export const ElsPolicySchema = z.looseObject({
  incidentFocus: z.boolean().optional(),
  incidentNotes: text.optional(),
  meetings: z
    .looseObject({ cadence: CadenceSchema, attendees: z.array(text).optional() })
    .optional(),
  improvementLevels: z.array(z.enum(IMPROVEMENT_LEVELS)).optional(),
  notes: text.optional(),
});

/** A line of a checklist the report prints (acceptance, ELS exit, go/no-go); `met` ticks it. */
export const ChecklistItemSchema = z.looseObject({ text, met: z.boolean().optional() });

export const RISK_LEVELS = ['low', 'medium', 'high'] as const;

/** A transition risk: how likely, how bad, and what is done about it. */
export const RiskSchema = z.looseObject({
  id,
  description: text,
  likelihood: z.enum(RISK_LEVELS),
  impact: z.enum(RISK_LEVELS),
  mitigation: text.optional(),
});

/**
 * The transition strategy. Besides the need, customers, approach and horizon it holds the
 * policies a transition manager writes down, each optional and free text unless noted:
 * - `changePolicy`: how change is authorised (each stream's approval model itself lives on
 *   the stream, `streamDesign.streams[i].approval`);
 * - `knowledgeNotes`, `configurationNotes`: knowledge and configuration management;
 * - `elsPolicy`: early life support and improvement (see ElsPolicySchema);
 * - `risks`: the risk register of the transition.
 */
export const StrategySchema = z.looseObject({
  need: text.optional(),
  customers: z.array(text).optional(),
  approach: z.enum(['packaged', 'streams', 'hybrid']),
  /** The period metrics are computed over; absent means first delivery → last delivery + ELS. */
  horizon: HorizonSchema.optional(),
  changePolicy: text.optional(),
  knowledgeNotes: text.optional(),
  configurationNotes: text.optional(),
  elsPolicy: ElsPolicySchema.optional(),
  risks: z.array(RiskSchema).optional(),
  /** Checklists of the report; absent means the defaults of domain/itil.md (core/report). */
  acceptanceCriteria: z.array(ChecklistItemSchema).optional(),
  elsExitCriteria: z.array(ChecklistItemSchema).optional(),
  goNoGoCriteria: z.array(ChecklistItemSchema).optional(),
});

export const PlanSchema = z.looseObject({
  format: z.literal(PLAN_FORMAT, { error: `must be "${PLAN_FORMAT}"` }),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  title: text,
  /** The plan document's own version and author, for the report's title block. */
  version: text.optional(),
  author: text.optional(),
  service: z.looseObject({ name: text, owner: text.optional() }),
  strategy: StrategySchema,
  packagedPlan: z.looseObject({ deliveries: z.array(DeliverySchema) }),
  streamDesign: StreamDesignSchema.optional(),
  /** The plan's own rule table, saved only when the user changed the default one. */
  conversionRules: ConversionRuleTableSchema.optional(),
  /** Roles the plan adds to the ITIL set. */
  customRoles: z.array(CustomRoleSchema).optional(),
});

export type Plan = z.infer<typeof PlanSchema>;
export type Strategy = z.infer<typeof StrategySchema>;
export type Horizon = z.infer<typeof HorizonSchema>;
export type ElsPolicy = z.infer<typeof ElsPolicySchema>;
export type ImprovementLevel = (typeof IMPROVEMENT_LEVELS)[number];
export type Risk = z.infer<typeof RiskSchema>;
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export type Approach = Strategy['approach'];
export type Delivery = z.infer<typeof DeliverySchema>;
export type Item = z.infer<typeof ItemSchema>;
export type ItemKind = Item['kind'];
export type Stream = z.infer<typeof StreamSchema>;
export type StreamDesign = z.infer<typeof StreamDesignSchema>;
export type StreamDerivation = z.infer<typeof StreamDerivationSchema>;
export type Cadence = z.infer<typeof CadenceSchema>;
export type ApprovalModel = z.infer<typeof ApprovalModelSchema>;
export type ConversionRule = z.infer<typeof ConversionRuleSchema>;
export type ConversionRuleTable = z.infer<typeof ConversionRuleTableSchema>;
export type CustomRole = z.infer<typeof CustomRoleSchema>;

/** An infrastructure item's quantity, with the format's default of 1. */
export function quantityOf(item: Item & { kind: 'infrastructure' }): number {
  return item.quantity ?? 1;
}
