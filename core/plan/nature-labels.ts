import type { CutoverKind, ItemNature, Provisioning } from './schema-nature';

/** How a sheet, a report or a message names an item's nature (schema v2). */
export const ITEM_NATURE_LABELS: Readonly<Record<ItemNature, string>> = {
  regulatory: 'Regulatory',
  cutover: 'Cutover',
  decommission: 'Decommission',
};

export const CUTOVER_KIND_LABELS: Readonly<Record<CutoverKind, string>> = {
  migrationWave: 'Migration wave',
  rehearsal: 'Rehearsal',
  parallelRun: 'Parallel run',
  dataMigration: 'Data migration',
};

export const PROVISIONING_LABELS: Readonly<Record<Provisioning, string>> = {
  code: 'As code',
  physical: 'Physical',
};
