import { describe, expect, it } from 'vitest';
import { importTable } from '../../../../core/import/import-table';
import type { ImportCell, ImportTable } from '../../../../core/import/table';
import { parsePlanText } from '../../../../core/plan/parse';
import { serializePlan } from '../../../../core/plan/serialize';
import { loadSeedPlan } from '../../../support/seed';

function table(rows: ImportCell[][], source = 'plan.csv'): ImportTable {
  return { source, notices: [], rows: rows.map((cells, i) => ({ number: i + 1, cells })) };
}

describe('importTable', () => {
  it('reads the usual headers in any order and case, kind abbreviations and date spellings', () => {
    const result = importTable(
      table([
        [
          'ELS DAYS',
          'title',
          'Kind',
          'go-live date',
          'Release',
          'TARGET %',
          'qty',
          'Lead Weeks',
          'key',
        ],
        [null, 'Login with SSO', 'FR', '2027-06-30', 'R1', null, null, null, 'PROJ-1'],
        [null, 'Latency under 2 s', 'NFR', '30/06/2027', 'R1', '75%', null, null, 'PROJ-2'],
        [null, 'DB server', 'HW', 46568, 'R1', null, 2, null, null],
        [
          null,
          'Service desk briefing',
          'Ops briefing',
          '30 June 2027',
          'r1',
          null,
          null,
          't-3 weeks',
          null,
        ],
        [15, 'Hypercare', 'Hypercare', 'Nov 30, 2027', 'R2', null, null, null, null],
      ]),
    );
    expect(result.problems).toEqual([]);
    const [r1, r2] = result.plan.packagedPlan.deliveries;
    expect(r1).toMatchObject({ id: 'd1', name: 'R1', date: '2027-06-30' });
    expect(r1?.items).toEqual([
      { id: 'PROJ-1', kind: 'functional', title: 'Login with SSO' },
      { id: 'PROJ-2', kind: 'nonFunctional', title: 'Latency under 2 s', targetPercent: 75 },
      { id: 'i1', kind: 'infrastructure', title: 'DB server', quantity: 2 },
      { id: 'i2', kind: 'opsBriefing', title: 'Service desk briefing', leadWeeks: 3 },
    ]);
    expect(r2).toMatchObject({ name: 'R2', date: '2027-11-30' });
    expect(r2?.items).toEqual([
      { id: 'i3', kind: 'earlyLifeSupport', title: 'Hypercare', days: 15 },
    ]);
    expect(parsePlanText(serializePlan(result.plan)).ok).toBe(true);
  });

  it('names the row and the reason of every row it cannot read, and imports the rest', () => {
    const result = importTable(
      table([
        ['Delivery', 'Date', 'Type', 'Summary', 'Target %'],
        ['R1', '2027-06-30', 'FR', 'Good', null],
        ['R1', 'next week', 'FR', 'Bad date', null],
        ['R1', '2027-06-30', 'Feature', 'Unknown kind', null],
        ['R1', '2027-06-30', 'NFR', 'No target', null],
        ['R1', '2027-06-30', 'FR', 'Target on a functional requirement', 80],
        ['R1', '2027-07-01', 'FR', 'Other date for R1', null],
      ]),
    );
    expect(result.plan.packagedPlan.deliveries[0]?.items.map((i) => i.title)).toEqual(['Good']);
    expect(result.problems.map((p) => p.row)).toEqual([3, 4, 5, 6, 7]);
    expect(result.problems[0]?.message).toMatch(/^gives "next week" as the go-live date/);
    expect(result.problems[1]?.message).toMatch(/^gives "Feature" as the kind, which is not one/);
    expect(result.problems[2]?.message).toBe(
      'needs a target % for a non-functional requirement in the "Target %" column.',
    );
    expect(result.problems[3]?.message).toMatch(
      /in the "Target %" column, but a functional requirement has no Target %/,
    );
    expect(result.problems[4]?.message).toBe(
      'gives 2027-07-01 as the go-live of "R1", which row 2 gives as 2027-06-30.',
    );
  });

  it('keeps columns that map to nothing on the item as custom fields', () => {
    const result = importTable(
      table([
        ['Release', 'Go-live', 'Type', 'Title', 'Owner', 'Sprint'],
        ['R1', '2027-06-30', 'Doc', 'Runbook', 'Ana', 12],
      ]),
    );
    expect(result.plan.packagedPlan.deliveries[0]?.items[0]).toEqual({
      id: 'i1',
      kind: 'document',
      title: 'Runbook',
      customFields: { Owner: 'Ana', Sprint: 12 },
    });
    expect(result.notices).toContain('Kept as custom fields on each item: "Owner", "Sprint".');
  });

  it('updates items by id when the same sheet is imported into the plan again', () => {
    const seed = loadSeedPlan();
    const result = importTable(
      table([
        ['Delivery id', 'Delivery', 'Go-live date', 'Id', 'Kind', 'Title', 'Quantity'],
        ['d1', 'Delivery 1', '2027-07-15', 'hw-db', 'Infrastructure', 'DB cluster', 3],
        [
          'd2',
          'Delivery 2',
          '2027-11-30',
          'fr-a',
          'Functional requirement',
          'Moved requirement a',
          null,
        ],
        ['d2', 'Delivery 2', '2027-11-30', 'new-1', 'FR', 'Brand new', null],
      ]),
      { into: seed },
    );
    expect(result.problems).toEqual([]);
    expect(result.counts).toEqual({
      itemsAdded: 1,
      itemsUpdated: 2,
      deliveriesAdded: 0,
      deliveriesUpdated: 1,
      deliveryRows: 0,
    });
    const [d1, d2] = result.plan.packagedPlan.deliveries;
    expect(d1?.date).toBe('2027-07-15');
    expect(d1?.items.find((i) => i.id === 'hw-db')).toEqual({
      id: 'hw-db',
      kind: 'infrastructure',
      title: 'DB cluster',
      quantity: 3,
    });
    expect(d1?.items.some((i) => i.id === 'fr-a')).toBe(false);
    expect(d2?.items.slice(-2).map((i) => i.id)).toEqual(['fr-a', 'new-1']);
    const count = (plan: typeof seed): number =>
      plan.packagedPlan.deliveries.flatMap((d) => d.items).length;
    expect(count(result.plan)).toBe(count(seed) + 1);
    expect(seed.packagedPlan.deliveries[0]?.date).toBe('2027-06-30');
  });

  it('says so when the header row lacks a needed column or two columns claim one field', () => {
    const missing = importTable(
      table([
        ['Name', 'Owner'],
        ['A', 'B'],
      ]),
    );
    expect(missing.problems).toHaveLength(2);
    expect(missing.problems[0]?.message).toMatch(
      /^The header row has no column for the go-live date \(headers read: "Name", "Owner"\)/,
    );
    const twice = importTable(
      table([
        ['Title', 'Summary', 'Kind', 'Date'],
        ['A', 'B', 'FR', '2027-01-01'],
      ]),
    );
    expect(twice.problems[0]?.message).toBe(
      'The header row columns A ("Title") and B ("Summary") both read as the title: map one of them in a mapping file.',
    );
  });

  it('reads month/day dates when the sheet proves it, and says which order it assumed otherwise', () => {
    const us = importTable(
      table([
        ['Date', 'Kind', 'Title'],
        ['06/30/2027', 'FR', 'A'],
        ['07/01/2027', 'FR', 'B'],
      ]),
    );
    expect(us.plan.packagedPlan.deliveries.map((d) => d.date)).toEqual([
      '2027-06-30',
      '2027-07-01',
    ]);
    const unsure = importTable(
      table([
        ['Date', 'Kind', 'Title'],
        ['03/04/2027', 'FR', 'A'],
      ]),
    );
    expect(unsure.plan.packagedPlan.deliveries[0]?.date).toBe('2027-04-03');
    expect(unsure.notices.join(' ')).toMatch(/read as day\/month/);
    const mapped = importTable(
      table([
        ['Date', 'Kind', 'Title'],
        ['03/04/2027', 'FR', 'A'],
      ]),
      {
        mapping: { dateOrder: 'mdy' },
      },
    );
    expect(mapped.plan.packagedPlan.deliveries[0]?.date).toBe('2027-03-04');
  });

  it('follows a mapping file for headers and kind names nobody could guess', () => {
    const result = importTable(
      table([
        ['Paket', 'Termin', 'Art', 'Bezeichnung'],
        ['P1', '2027-06-30', 'Anforderung', 'Login'],
      ]),
      {
        mapping: {
          columns: { Paket: 'delivery', Termin: 'date', Art: 'kind', Bezeichnung: 'title' },
          kinds: { Anforderung: 'functional' },
        },
      },
    );
    expect(result.problems).toEqual([]);
    expect(result.plan.packagedPlan.deliveries[0]).toMatchObject({
      name: 'P1',
      items: [{ kind: 'functional', title: 'Login' }],
    });
  });
});
