import { z } from 'zod';
import { id, text } from './schema-primitives';

/** The plan's registers: custom roles, checklists and risks (read through schema.ts). */

export const CustomRoleSchema = z.looseObject({
  id,
  name: z.string().min(1, 'must not be empty'),
  abbreviation: z.string().min(1, 'must not be empty'),
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

export type Risk = z.infer<typeof RiskSchema>;
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export type CustomRole = z.infer<typeof CustomRoleSchema>;
