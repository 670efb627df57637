import {
  CUTOVER_KIND_LABELS,
  ITEM_NATURE_LABELS,
  PROVISIONING_LABELS,
} from '../plan/nature-labels';
import { clipCell } from '../plan/item-cells';
import type { CutoverKind, ItemKind, ItemNature, Provisioning } from '../plan/schema';
import { readDateCell } from './dates';
import type { DateOrder, ImportField } from './mapping';
import type { ImportCell } from './table';

/** The schema v2 fields of an item a row gives (only those whose cell is not empty). */
export interface NatureFields {
  nature?: ItemNature;
  cutoverKind?: CutoverKind;
  signOffAuthority?: string;
  date?: string;
  provisioning?: Provisioning;
}

/** The columns of the v2 item fields, so a row with only these cells still counts as an item. */
export const NATURE_COLUMNS: readonly ImportField[] = [
  'nature',
  'cutoverKind',
  'signOffAuthority',
  'itemDate',
  'provisioning',
];

/** Compared without case, spaces or punctuation: "Cut-over" = "cutover" = "Cut over". */
function valueKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** A lookup by id, label and the words people write; `null` reads as "none" (an ordinary item). */
function lookup<T extends string>(
  labels: Readonly<Record<T, string>>,
  aliases: Readonly<Record<T, readonly string[]>>,
): ReadonlyMap<string, T> {
  return new Map(
    (Object.keys(labels) as T[]).flatMap((value) =>
      [value, labels[value], ...aliases[value]].map((name): [string, T] => [valueKey(name), value]),
    ),
  );
}

const NATURE_BY_NAME = lookup<ItemNature>(ITEM_NATURE_LABELS, {
  regulatory: ['compliance', 'regulation', 'reg', 'statutory'],
  cutover: ['cut over', 'cut-over'],
  decommission: ['decommissioning', 'decom', 'retire', 'retirement', 'switch off', 'switch-off'],
});
/** Cells that say the item has no particular nature. */
const ORDINARY = new Set(['ordinary', 'none', 'normal', 'na', '-'].map(valueKey));

const CUTOVER_BY_NAME = lookup<CutoverKind>(CUTOVER_KIND_LABELS, {
  migrationWave: ['wave', 'migration', 'cutover wave'],
  rehearsal: ['dress rehearsal', 'rehearsal run', 'mock cutover', 'trial run'],
  parallelRun: ['parallel', 'parallel running', 'parallel operation'],
  dataMigration: ['data load', 'data conversion', 'data'],
});

const PROVISIONING_BY_NAME = lookup<Provisioning>(PROVISIONING_LABELS, {
  code: ['iac', 'infrastructure as code', 'as-code', 'cloud', 'terraform', 'yes'],
  physical: ['hardware', 'hw', 'physical hardware', 'on premises', 'on-prem', 'no'],
});

function choices(labels: Readonly<Record<string, string>>): string {
  return Object.values(labels).join(', ');
}

/**
 * The v2 fields a row gives, or the sentence that says which cell is wrong and what it may hold.
 * Provisioning belongs to infrastructure items only: elsewhere it is refused, not dropped.
 */
export function readNatureFields(
  text: (field: ImportField) => string,
  cell: (field: ImportField) => ImportCell,
  kind: ItemKind,
  dateOrder: DateOrder,
): NatureFields | { problem: string } {
  const fields: NatureFields = {};
  const natureCell = text('nature');
  if (natureCell !== '' && !ORDINARY.has(valueKey(natureCell))) {
    const nature = NATURE_BY_NAME.get(valueKey(natureCell));
    if (nature === undefined) {
      return {
        problem: `gives "${clipCell(natureCell)}" as the nature, which is not one: use ${choices(ITEM_NATURE_LABELS)}, or leave it empty for ordinary work.`,
      };
    }
    fields.nature = nature;
  }
  const cutoverCell = text('cutoverKind');
  if (cutoverCell !== '') {
    const cutoverKind = CUTOVER_BY_NAME.get(valueKey(cutoverCell));
    if (cutoverKind === undefined) {
      return {
        problem: `gives "${clipCell(cutoverCell)}" as the cutover kind, which is not one: use ${choices(CUTOVER_KIND_LABELS)}.`,
      };
    }
    fields.cutoverKind = cutoverKind;
  }
  const authority = text('signOffAuthority');
  if (authority !== '') fields.signOffAuthority = authority;
  if (text('itemDate') !== '') {
    const date = readDateCell(cell('itemDate'), dateOrder, 'item date');
    if ('problem' in date) return date;
    fields.date = date.iso;
  }
  const provisioningCell = text('provisioning');
  if (provisioningCell !== '') {
    const provisioning = PROVISIONING_BY_NAME.get(valueKey(provisioningCell));
    if (provisioning === undefined) {
      return {
        problem: `gives "${clipCell(provisioningCell)}" as the provisioning, which is not one: use ${choices(PROVISIONING_LABELS)} (or IaC, Hardware).`,
      };
    }
    if (kind !== 'infrastructure') {
      return {
        problem: `gives "${clipCell(provisioningCell)}" as the provisioning, but only infrastructure items are provisioned: check the kind or leave that cell empty.`,
      };
    }
    fields.provisioning = provisioning;
  }
  return fields;
}
