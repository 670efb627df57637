import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile } from '../../../../io/import/read-import-file';
import { readCsvTable } from '../../../../io/import/read-csv';
import { readMsProjectTable } from '../../../../io/import/read-ms-project';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'import-readers-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function titles(result: Awaited<ReturnType<typeof importFile>>): string[] {
  if (!result.ok) throw new Error(result.message);
  return result.result.plan.packagedPlan.deliveries.flatMap((d) => d.items.map((i) => i.title));
}

describe('CSV dialects', () => {
  const dialects: [string, string][] = [
    ['comma', 'Delivery,Date,Type,Title\r\nR1,2027-06-30,FR,"Search, filter"\r\n'],
    ['semicolon (Excel in Europe)', 'Delivery;Date;Type;Title\nR1;30.06.2027;FR;Search, filter\n'],
    ['tab', 'Delivery\tDate\tType\tTitle\nR1\t30/06/2027\tFR\tSearch, filter\n'],
    ['pipe', 'Delivery|Date|Type|Title\nR1|Jun 30, 2027|FR|Search, filter\n'],
    [
      'UTF-8 with a byte order mark',
      '\uFEFFDelivery,Date,Type,Title\nR1,2027-06-30,FR,"Search, filter"\n',
    ],
  ];
  it.each(dialects)('reads %s', async (_name, text) => {
    const path = join(folder, 'plan.csv');
    await writeFile(path, text);
    const result = await importFile(path);
    expect(titles(result)).toEqual(['Search, filter']);
    expect(result.ok && result.result.plan.packagedPlan.deliveries[0]?.date).toBe('2027-06-30');
  });

  it('keeps a quoted title that holds a newline, and numbers rows as a spreadsheet does', () => {
    const table = readCsvTable(
      utf8('Delivery,Date,Type,Title\nR1,2027-06-30,FR,"Two\nlines"\nR1,2027-06-30,FR,Next\n'),
      'p.csv',
    );
    if ('message' in table) throw new Error(table.message);
    expect(table.rows.map((r) => r.number)).toEqual([1, 2, 3, 4]);
    expect(table.rows[1]?.cells[3]).toBe('Two\nlines');
  });

  it('reads a Windows-1252 file and says so', async () => {
    const path = join(folder, 'legacy.csv');
    // "Déploiement" in Windows-1252: é is the single byte 0xE9 (invalid as UTF-8).
    await writeFile(
      path,
      Buffer.concat([
        Buffer.from('Delivery;Date;Type;Title\nR1;2027-06-30;Doc;D'),
        Buffer.from([0xe9]),
        Buffer.from('ploiement\n'),
      ]),
    );
    const result = await importFile(path);
    expect(titles(result)).toEqual(['Déploiement']);
    expect(result.ok && result.result.notices[0]).toMatch(
      /^legacy\.csv is not UTF-8; it was read as Windows-1252/,
    );
  });

  it('names the row of a quote that is never closed instead of losing the rows after it', () => {
    const table = readCsvTable(
      utf8('Delivery,Date,Type,Title\nR1,2027-06-30,FR,"Open\nR1,2027-06-30,FR,Lost?\n'),
      'p.csv',
    );
    if ('message' in table) throw new Error(table.message);
    expect(table.problems?.[0]?.row).toBe(2);
    expect(table.problems?.[0]?.message).toMatch(/never closed/);
  });

  it("takes off the ' a CSV writer puts before a formula-like cell", async () => {
    const path = join(folder, 'f.csv');
    await writeFile(path, "Delivery,Date,Type,Title\nR1,2027-06-30,FR,'=1+1 is text\n");
    expect(titles(await importFile(path))).toEqual(['=1+1 is text']);
  });
});

describe('xlsx', () => {
  it('reads date cells, percentages, formulas and rich text, below a title row', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Notes').addRow(['read me']);
    const sheet = workbook.addWorksheet('Plan');
    sheet.addRow(['Release plan 2027']);
    sheet.addRow(['Wave', 'Target date', 'Category', 'Summary', 'NFR target']);
    sheet.addRow([
      'W1',
      new Date(Date.UTC(2027, 5, 30)),
      'NFR',
      { richText: [{ text: 'Late' }, { text: 'ncy' }] },
      0.75,
    ]);
    sheet.getCell('E3').numFmt = '0%';
    sheet.addRow([
      'W1',
      { formula: 'B3', result: new Date(Date.UTC(2027, 5, 30)) },
      'FR',
      'Login',
      null,
    ]);
    const path = join(folder, 'plan.xlsx');
    await workbook.xlsx.writeFile(path);
    const result = await importFile(path, { mapping: { sheet: 'plan' } });
    if (!result.ok) throw new Error(result.message);
    expect(result.result.problems).toEqual([]);
    expect(result.result.plan.packagedPlan.deliveries).toEqual([
      {
        id: 'd1',
        name: 'W1',
        date: '2027-06-30',
        items: [
          { id: 'i1', kind: 'nonFunctional', title: 'Latency', targetPercent: 75 },
          { id: 'i2', kind: 'functional', title: 'Login' },
        ],
      },
    ]);
    expect(result.result.notices).toContain('Row 1 above the header (row 2) was not read as data.');
  });

  it('says which sheets there are when the mapping names one that is missing', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Plan').addRow(['x']);
    const path = join(folder, 'plan.xlsx');
    await workbook.xlsx.writeFile(path);
    const result = await importFile(path, { mapping: { sheet: 'Releases' } });
    expect(result.ok ? '' : result.message).toBe(
      'Could not open "plan.xlsx": it has no sheet "Releases" (its sheets: "Plan").',
    );
  });

  it('refuses a file that is not a workbook, and a type it does not read, with a sentence', async () => {
    const fake = join(folder, 'fake.xlsx');
    await writeFile(fake, 'not a zip');
    const result = await importFile(fake);
    expect(result.ok ? '' : result.message).toMatch(
      /^Could not open "fake\.xlsx": it is not a readable \.xlsx workbook/,
    );
    const xls = join(folder, 'old.xls');
    await writeFile(xls, 'x');
    const old = await importFile(xls);
    expect(old.ok ? '' : old.message).toMatch(/save an \.xls workbook as \.xlsx first/);
  });
});

const MSP = `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project">
  <Name>Transition</Name>
  <Tasks>
    <Task><UID>0</UID><ID>0</ID><Name>Transition</Name><OutlineLevel>0</OutlineLevel><Summary>1</Summary><Finish>2027-12-01T17:00:00</Finish></Task>
    <Task><UID>1</UID><ID>1</ID><Name>Release 1</Name><OutlineLevel>1</OutlineLevel><Summary>1</Summary><Finish>2027-07-02T17:00:00</Finish></Task>
    <Task><UID>2</UID><ID>2</ID><Name>FR: Login with SSO</Name><OutlineLevel>2</OutlineLevel><Summary>0</Summary><Finish>2027-06-20T17:00:00</Finish></Task>
    <Task><UID>3</UID><ID>3</ID><Name>[HW] DB server</Name><OutlineLevel>2</OutlineLevel><Summary>0</Summary></Task>
    <Task><UID>4</UID><ID>4</ID><Name>Go-live R1</Name><OutlineLevel>2</OutlineLevel><Milestone>1</Milestone><Finish>2027-06-30T17:00:00</Finish></Task>
    <Task><UID>5</UID><ID>5</ID><Name>Write runbook</Name><OutlineLevel>1</OutlineLevel><Summary>0</Summary></Task>
    <Task><UID>6</UID><ID>6</ID><Name>Release 2 go-live</Name><OutlineLevel>1</OutlineLevel><Milestone>1</Milestone><Finish>2027-11-30T17:00:00</Finish></Task>
  </Tasks>
</Project>`;

describe('MS Project XML', () => {
  it('makes summary tasks and milestones deliveries, their milestone finish the go-live, child tasks items', async () => {
    const path = join(folder, 'schedule.xml');
    await writeFile(path, MSP);
    const result = await importFile(path);
    if (!result.ok) throw new Error(result.message);
    expect(result.result.problems).toEqual([]);
    expect(result.result.plan.packagedPlan.deliveries).toEqual([
      {
        id: 'task-1',
        name: 'Release 1',
        date: '2027-06-30',
        items: [
          { id: 'task-2', kind: 'functional', title: 'Login with SSO' },
          { id: 'task-3', kind: 'infrastructure', title: 'DB server' },
        ],
      },
      {
        id: 'task-6',
        name: 'Release 2 go-live',
        date: '2027-11-30',
        items: [{ id: 'task-5', kind: 'other', title: 'Write runbook' }],
      },
    ]);
    expect(result.result.notices).toContain(
      '1 tasks name no kind (such as "NFR: …" or "[HW] …") and were imported as Other.',
    );
  });

  it('says when XML is not an MS Project schedule', () => {
    expect(readMsProjectTable('<svg></svg>', 'x.xml')).toEqual({
      message:
        'Could not open "x.xml": it is XML but not an MS Project schedule (no Project/Tasks).',
    });
  });
});
