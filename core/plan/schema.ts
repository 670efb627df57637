import { z } from 'zod';

/**
 * Plan file format v1 (see DESIGN.md). Objects are `looseObject` on purpose: fields this
 * version does not know must survive a load/save round trip untouched.
 */
export const PLAN_FORMAT = 'transition-studio.plan';
export const CURRENT_SCHEMA_VERSION = 1;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isRealCalendarDate, 'must be a date that exists in the calendar');

function isRealCalendarDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

const id = z.string().min(1, 'must not be empty');
const text = z.string();

const itemBase = { id, title: text };

export const ItemSchema = z.discriminatedUnion('kind', [
  z.looseObject({ ...itemBase, kind: z.literal('functional') }),
  z.looseObject({
    ...itemBase,
    kind: z.literal('nonFunctional'),
    targetPercent: z.number().min(0).max(100),
  }),
  z.looseObject({
    ...itemBase,
    kind: z.literal('infrastructure'),
    quantity: z.number().int().min(1).default(1),
  }),
  z.looseObject({ ...itemBase, kind: z.literal('document') }),
  z.looseObject({ ...itemBase, kind: z.literal('opsBriefing'), leadWeeks: z.number().min(0) }),
  z.looseObject({ ...itemBase, kind: z.literal('training'), leadWeeks: z.number().min(0) }),
  z.looseObject({ ...itemBase, kind: z.literal('earlyLifeSupport'), days: z.number().min(0) }),
  z.looseObject({ ...itemBase, kind: z.literal('other') }),
]);

export const DeliverySchema = z.looseObject({
  id,
  name: text,
  date: isoDate,
  items: z.array(ItemSchema),
});

export const CadenceSchema = z.discriminatedUnion('kind', [
  z.looseObject({ kind: z.literal('daily') }),
  z.looseObject({ kind: z.literal('everyNDays'), n: z.number().int().min(2) }),
  z
    .looseObject({
      kind: z.literal('timesPerWeek'),
      min: z.number().int().min(1).max(7),
      max: z.number().int().min(1).max(7),
    })
    .refine((c) => c.min <= c.max, { error: 'min must not exceed max', path: ['max'] }),
  z.looseObject({ kind: z.literal('asRequired') }),
]);

export const StreamSchema = z.looseObject({
  id,
  name: text,
  cadence: CadenceSchema,
  roles: z.array(z.string().min(1)),
  sourceItemIds: z.array(z.string()),
});

export const PlanSchema = z.looseObject({
  format: z.literal(PLAN_FORMAT, { error: `must be "${PLAN_FORMAT}"` }),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  title: text,
  service: z.looseObject({ name: text, owner: text.optional() }),
  strategy: z.looseObject({
    need: text.optional(),
    approach: z.enum(['packaged', 'streams', 'hybrid']),
  }),
  packagedPlan: z.looseObject({ deliveries: z.array(DeliverySchema) }),
  streamDesign: z.looseObject({ streams: z.array(StreamSchema) }).optional(),
});

export type Plan = z.infer<typeof PlanSchema>;
export type Delivery = z.infer<typeof DeliverySchema>;
export type Item = z.infer<typeof ItemSchema>;
export type ItemKind = Item['kind'];
export type Stream = z.infer<typeof StreamSchema>;
export type Cadence = z.infer<typeof CadenceSchema>;
