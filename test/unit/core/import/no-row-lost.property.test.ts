import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importTable } from '../../../../core/import/import-table';
import type { ImportCell } from '../../../../core/import/table';
import { loadSeedPlan } from '../../../support/seed';

/** Cells that are sometimes right, sometimes wrong, sometimes empty: what real sheets hold. */
const kindCell = fc.constantFrom<ImportCell>(
  'FR',
  'NFR',
  'HW',
  'Doc',
  'Ops briefing',
  'Training',
  'ELS',
  'Hypercare',
  'other',
  'Wish',
  '',
  null,
);
const dateCell = fc.constantFrom<ImportCell>(
  '2027-06-30',
  '30/06/2027',
  '2027-02-30',
  'soon',
  46568,
  0,
  '',
  null,
);
const figureCell = fc.constantFrom<ImportCell>(null, '', 0, 3, 75, 120, '75%', 'lots', 1.5);
const textCell = fc.constantFrom<ImportCell>('A', 'B', 'Delivery 1', 'd1', 'fr-a', 'x,y', '', null);

const row = fc.tuple(
  textCell,
  dateCell,
  kindCell,
  textCell,
  textCell,
  figureCell,
  figureCell,
  textCell,
);
const HEADER = ['Delivery', 'Go-live', 'Type', 'Id', 'Title', 'Target %', 'ELS days', 'Owner'];

describe('importTable loses no row', () => {
  it('every non-blank data row is an item, a delivery row, or a problem naming it', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), fc.boolean(), (rows, intoSeed) => {
        const table = {
          source: 't',
          notices: [],
          rows: [HEADER, ...rows].map((cells, i) => ({ number: i + 1, cells })),
        };
        const result = importTable(table, intoSeed ? { into: loadSeedPlan() } : {});
        const problemRows = result.problems.map((p) => p.row);
        expect(problemRows.every((n) => n > 1)).toBe(true);
        expect(new Set(problemRows).size).toBe(problemRows.length);
        const { itemsAdded, itemsUpdated, deliveryRows } = result.counts;
        expect(itemsAdded + itemsUpdated + deliveryRows + problemRows.length).toBe(result.rowsRead);
        const blank = rows.filter((cells) => cells.every((c) => c === null || c === '')).length;
        expect(result.rowsRead).toBe(rows.length - blank);
      }),
      { numRuns: 300 },
    );
  });

  it('still holds with the v2 columns (nature, cutover kind, item date, provisioning), and keeps what it reads', () => {
    const natureCell = fc.constantFrom<ImportCell>(
      'Regulatory',
      'cutover',
      'Decom',
      'Urgent',
      '',
      null,
    );
    const cutoverCell = fc.constantFrom<ImportCell>('Rehearsal', 'wave', 'Big bang', '', null);
    const provisioningCell = fc.constantFrom<ImportCell>('IaC', 'Physical', 'Magic', '', null);
    const v2Row = fc.tuple(
      textCell,
      dateCell,
      kindCell,
      textCell,
      natureCell,
      cutoverCell,
      textCell,
      dateCell,
      provisioningCell,
    );
    const header = [
      'Delivery',
      'Go-live',
      'Type',
      'Title',
      'Nature',
      'Cutover kind',
      'Sign-off authority',
      'Item date',
      'Provisioning',
    ];
    fc.assert(
      fc.property(fc.array(v2Row, { maxLength: 30 }), (rows) => {
        const table = {
          source: 't',
          notices: [],
          rows: [header, ...rows].map((cells, i) => ({ number: i + 1, cells })),
        };
        const result = importTable(table, {});
        const { itemsAdded, itemsUpdated, deliveryRows } = result.counts;
        expect(itemsAdded + itemsUpdated + deliveryRows + result.problems.length).toBe(
          result.rowsRead,
        );
        const blank = rows.filter((cells) => cells.every((c) => c === null || c === '')).length;
        expect(result.rowsRead).toBe(rows.length - blank);
        // Provisioning only ever lands on infrastructure; every readable nature is kept.
        const items = result.plan.packagedPlan.deliveries.flatMap((d) => d.items);
        for (const item of items) {
          if ('provisioning' in item) expect(item.kind).toBe('infrastructure');
        }
        expect(items.filter((item) => item.nature !== undefined).length).toBe(
          rows.filter((cells, i) => {
            const nature = cells[4];
            return (
              nature !== null &&
              nature !== '' &&
              nature !== 'Urgent' &&
              !result.problems.some((p) => p.row === i + 2)
            );
          }).length,
        );
      }),
      { numRuns: 200 },
    );
  });
});
