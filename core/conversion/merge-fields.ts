import type {
  ApprovalModel,
  Cadence,
  ConversionRule,
  Stream,
  StreamDerivation,
} from '../plan/schema';
import { jsonEqual } from './json-equal';
import { quoteValue } from '../text/quote-value';

export const MERGED_FIELDS = ['name', 'cadence', 'roles', 'approval'] as const;
export type MergedField = (typeof MERGED_FIELDS)[number];

export interface FieldConflict {
  field: MergedField | 'rule';
  message: string;
}

interface MergedValues {
  name: string;
  cadence: Cadence;
  roles: string[];
  approval?: ApprovalModel;
}

/**
 * Three-way merge of a derived stream's own fields. Untouched since the last conversion (equal
 * to the baseline): the rule's current value wins, so a changed rule table reaches the design.
 * Edited by hand: the user's value stays; if the rule changed too, that is a conflict, reported
 * once (the new baseline is the rule's value, so the next run is quiet).
 */
export function mergeStreamFields(
  stream: Stream,
  baseline: StreamDerivation['baseline'] | undefined,
  template: ConversionRule['stream'],
): { values: MergedValues; conflicts: FieldConflict[]; editedFields: MergedField[] } {
  const values: MergedValues = {
    name: stream.name,
    cadence: stream.cadence,
    roles: stream.roles,
    ...(stream.approval === undefined ? {} : { approval: stream.approval }),
  };
  const conflicts: FieldConflict[] = [];
  const editedFields: MergedField[] = [];
  for (const field of MERGED_FIELDS) {
    const current: unknown = stream[field];
    const base: unknown = baseline === undefined ? template[field] : baseline[field];
    const next: unknown = template[field];
    if (jsonEqual(current, base)) {
      assign(values, field, structuredClone(template)[field]);
      continue;
    }
    editedFields.push(field);
    if (!jsonEqual(next, base) && !jsonEqual(next, current)) {
      conflicts.push({
        field,
        message: `Stream ${quoteValue(stream.name)}: your ${describeField(field)} was kept; the conversion rules now give a different one.`,
      });
    }
  }
  return { values, conflicts, editedFields };
}

function assign(values: MergedValues, field: MergedField, value: unknown): void {
  switch (field) {
    case 'name':
      values.name = value as string;
      return;
    case 'cadence':
      values.cadence = value as Cadence;
      return;
    case 'roles':
      values.roles = value as string[];
      return;
    case 'approval':
      values.approval = value as ApprovalModel;
  }
}

function describeField(field: MergedField): string {
  switch (field) {
    case 'name':
      return 'name';
    case 'cadence':
      return 'cadence';
    case 'roles':
      return 'roles';
    case 'approval':
      return 'approval model';
  }
}
