import { z } from 'zod';
import { IsoDateSchema } from './iso-date';

/**
 * What an item really is, beyond its kind (schema v2). Absent means ordinary work of its kind.
 * - `regulatory`: a regulatory or compliance document or action (SOX evidence, a DPIA, a
 *   regulator notification); it needs a sign-off (`signOffAuthority`).
 * - `cutover`: cutover work (`cutoverKind`), scheduled on its own `date`.
 * - `decommission`: switching something off or removing it.
 */
export const ITEM_NATURES = ['regulatory', 'cutover', 'decommission'] as const;
export type ItemNature = (typeof ITEM_NATURES)[number];

export const CUTOVER_KINDS = [
  'migrationWave',
  'rehearsal',
  'parallelRun',
  'dataMigration',
] as const;
export type CutoverKind = (typeof CUTOVER_KINDS)[number];

/** `code`: provisioned as code (cloud resources, a managed database); `physical`: hardware. */
export const PROVISIONING = ['code', 'physical'] as const;
export type Provisioning = (typeof PROVISIONING)[number];

/** The v2 fields every item may carry, all optional. */
export const itemNatureFields = {
  nature: z.enum(ITEM_NATURES).optional(),
  cutoverKind: z.enum(CUTOVER_KINDS).optional(),
  /** Who signs a regulatory item off (e.g. Financial Controller, Data Protection Officer). */
  signOffAuthority: z.string().optional(),
  /** The item's own date when it differs from its delivery's (a dress rehearsal, a wave). */
  date: IsoDateSchema.optional(),
};

/**
 * What a conversion rule selects beyond the kind: `ordinary` is an item without a nature
 * (physical infrastructure included), `infrastructureAsCode` an infrastructure item provisioned
 * as code without another nature.
 */
export const RULE_NATURES = ['ordinary', 'infrastructureAsCode', ...ITEM_NATURES] as const;
export type RuleNature = (typeof RULE_NATURES)[number];

export function ruleNatureOf(item: {
  kind: string;
  nature?: ItemNature | undefined;
  provisioning?: Provisioning | undefined;
}): RuleNature {
  if (item.nature) return item.nature;
  return item.kind === 'infrastructure' && item.provisioning === 'code'
    ? 'infrastructureAsCode'
    : 'ordinary';
}
