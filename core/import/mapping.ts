import { z } from 'zod';
import { ITEM_KINDS } from '../plan/schema';

/**
 * The plan fields a column can fill. `figure` is the one number of whatever kind the row is;
 * `itemDate` is an item's own date (schema v2), apart from its delivery's go-live `date`. In
 * the order an exported packaged-plan sheet writes its columns.
 */
export const IMPORT_FIELDS = [
  'deliveryId',
  'delivery',
  'date',
  'id',
  'kind',
  'title',
  'targetPercent',
  'quantity',
  'leadWeeks',
  'days',
  'figure',
  'nature',
  'cutoverKind',
  'signOffAuthority',
  'itemDate',
  'provisioning',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** How a column is used: a field, kept on each item as a custom field, or left out on purpose. */
export type ColumnUse = ImportField | 'custom' | 'ignore';

export const DATE_ORDERS = ['dmy', 'mdy'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/**
 * A mapping file (JSON) for what header recognition cannot guess: which header means which
 * field, what a company's own kind names mean, whether 03/04/2027 is day/month or month/day,
 * which sheet and which row holds the headers. Unknown keys are refused so a typo is not
 * silently ignored.
 */
export const ImportMappingSchema = z.strictObject({
  sheet: z.string().min(1).optional(),
  headerRow: z.number().int().min(1).optional(),
  columns: z.record(z.string(), z.enum([...IMPORT_FIELDS, 'custom', 'ignore'])).optional(),
  kinds: z.record(z.string(), z.enum(ITEM_KINDS)).optional(),
  dateOrder: z.enum(DATE_ORDERS).optional(),
});
export type ImportMapping = z.infer<typeof ImportMappingSchema>;

/** The mapping from parsed JSON, or one sentence per problem (`columns.Owner: …`). */
export function parseImportMapping(
  json: unknown,
): { ok: true; mapping: ImportMapping } | { ok: false; problems: string[] } {
  const result = ImportMappingSchema.safeParse(json);
  if (result.success) return { ok: true, mapping: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      const path = issue.path.map(String).join('.');
      return path === '' ? issue.message : `${path}: ${issue.message}`;
    }),
  };
}
