import { z } from 'zod';
import { MAX_ELS_DAYS, MAX_LEAD_WEEKS } from './calendar-date';
import { ApprovalModelSchema, ChangeApprovalPolicySchema, WORK_KINDS } from './schema-approval';
import { ChangeCalendarSchema } from './schema-calendar';
import { IsoDateSchema } from './iso-date';
import { ChecklistItemSchema, CustomRoleSchema, RiskSchema } from './schema-register';
import { id, nonNegative, text } from './schema-primitives';
import { itemNatureFields, PROVISIONING, RULE_NATURES } from './schema-nature';

export { IsoDateSchema } from './iso-date';
export * from './schema-approval';
export * from './schema-calendar';
export * from './schema-nature';
export * from './schema-register';

/**
 * Plan file format v2 (see DESIGN.md; v2 adds the change calendar, the structured change
 * policy, the richer approval model and item natures, every field optional). Objects are
 * `looseObject` on purpose: fields this version does not know must survive a load/save round trip untouched. For the same reason no
 * schema here fills in a default: a default would write a field the user never wrote. Defaults
 * are applied where a value is read (`quantityOf`, `DEFAULT_CONVERSION_RULES`).
 *
 * Each shape lists its keys in the order files are written in (serialize.ts), because zod's
 * output follows the shape: a parsed plan is then already in file order and saving it does not
 * have to copy it.
 */
export const PLAN_FORMAT = 'transition-studio.plan';
export const CURRENT_SCHEMA_VERSION = 2;

/** Spans from a delivery date, bounded so that every command can place them in the calendar. */
const leadWeeks = nonNegative.max(
  MAX_LEAD_WEEKS,
  `must be at most ${String(MAX_LEAD_WEEKS)} weeks (ten years)`,
);
const elsDays = nonNegative.max(
  MAX_ELS_DAYS,
  `must be at most ${String(MAX_ELS_DAYS)} days (ten years)`,
);

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
  z.looseObject({ id, kind: z.literal('functional'), title: text, ...itemNatureFields }),
  z.looseObject({
    id,
    kind: z.literal('nonFunctional'),
    title: text,
    ...itemNatureFields,
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
    /** Absent means physical hardware (read it with `provisioningOf`). */
    provisioning: z.enum(PROVISIONING).optional(),
    ...itemNatureFields,
  }),
  z.looseObject({ id, kind: z.literal('document'), title: text, ...itemNatureFields }),
  /** Briefing at t-N weeks before the delivery date. */
  z.looseObject({
    id,
    kind: z.literal('opsBriefing'),
    title: text,
    leadWeeks,
    ...itemNatureFields,
  }),
  /** Training plan from t-N weeks. */
  z.looseObject({
    id,
    kind: z.literal('training'),
    title: text,
    leadWeeks,
    ...itemNatureFields,
  }),
  /** ELS until the delivery date + N days. */
  z.looseObject({
    id,
    kind: z.literal('earlyLifeSupport'),
    title: text,
    days: elsDays,
    ...itemNatureFields,
  }),
  z.looseObject({ id, kind: z.literal('other'), title: text, ...itemNatureFields }),
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

/**
 * A rule takes the items of its `kinds` whose nature is one of `natures` (absent: ordinary
 * items only, which is every item of a v1 plan). `work` is the kind of work its stream carries,
 * for the change policy's default approval class (absent: read from the id when it is one).
 */
export const ConversionRuleSchema = z.looseObject({
  id,
  kinds: z.array(z.enum(ITEM_KINDS)).min(1, 'must list at least one item kind'),
  natures: z.array(z.enum(RULE_NATURES)).min(1, 'must list at least one nature').optional(),
  work: z.enum(WORK_KINDS).optional(),
  stream: z.looseObject(streamTemplate),
});

export const ConversionRuleTableSchema = z.looseObject({
  rules: z.array(ConversionRuleSchema),
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

/**
 * The transition strategy. Besides the need, customers, approach and horizon it holds the
 * policies a transition manager writes down, each optional and free text unless noted:
 * - `changePolicy`: how change is authorised, in words (each stream's approval model itself
 *   lives on the stream, `streamDesign.streams[i].approval`);
 * - `changeApproval`: the same policy as structured rules (v2);
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
  /** v2: the change policy as rules the conversion honours (see ChangeApprovalPolicySchema). */
  changeApproval: ChangeApprovalPolicySchema.optional(),
  knowledgeNotes: text.optional(),
  configurationNotes: text.optional(),
  elsPolicy: ElsPolicySchema.optional(),
  risks: z.array(RiskSchema).optional(),
  /** Checklists of the report; absent means the defaults of domain/itil.md (core/report). */
  acceptanceCriteria: z.array(ChecklistItemSchema).optional(),
  elsExitCriteria: z.array(ChecklistItemSchema).optional(),
  goNoGoCriteria: z.array(ChecklistItemSchema).optional(),
});

/** `trainingMaxLeadWeeks`: training earlier than this before go-live fades (default 8). */
export const ReadinessSettingsSchema = z.looseObject({
  trainingMaxLeadWeeks: nonNegative.optional(),
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
  /** v2: freezes, blackouts, maintenance windows, working days and holidays. */
  changeCalendar: ChangeCalendarSchema.optional(),
  /** v2: thresholds of the readiness checks. */
  readinessSettings: ReadinessSettingsSchema.optional(),
});

export type Plan = z.infer<typeof PlanSchema>;
export type Strategy = z.infer<typeof StrategySchema>;
export type Horizon = z.infer<typeof HorizonSchema>;
export type ElsPolicy = z.infer<typeof ElsPolicySchema>;
export type ImprovementLevel = (typeof IMPROVEMENT_LEVELS)[number];
export type Approach = Strategy['approach'];
export type Delivery = z.infer<typeof DeliverySchema>;
export type Item = z.infer<typeof ItemSchema>;
export type ItemKind = Item['kind'];
export type Stream = z.infer<typeof StreamSchema>;
export type StreamDesign = z.infer<typeof StreamDesignSchema>;
export type StreamDerivation = z.infer<typeof StreamDerivationSchema>;
export type Cadence = z.infer<typeof CadenceSchema>;
export type ConversionRule = z.infer<typeof ConversionRuleSchema>;
export type ConversionRuleTable = z.infer<typeof ConversionRuleTableSchema>;

/** An infrastructure item's quantity, with the format's default of 1. */
export function quantityOf(item: Item & { kind: 'infrastructure' }): number {
  return item.quantity ?? 1;
}

/** An infrastructure item's provisioning, with the format's default of physical hardware. */
export function provisioningOf(item: Item & { kind: 'infrastructure' }): 'code' | 'physical' {
  return item.provisioning ?? 'physical';
}

/** The date an item is delivered on: its own date when it has one, else its delivery's. */
export function itemDate(item: Item, delivery: { date: string }): string {
  return item.date ?? delivery.date;
}
