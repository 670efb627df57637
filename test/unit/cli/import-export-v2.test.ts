import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import { parsePlanText } from '../../../core/plan/parse';
import type { Item, Plan } from '../../../core/plan/schema';
import { serializePlan } from '../../../core/plan/serialize';
import { loadSeedPlan } from '../../support/seed';
import { captureIo } from './capture-io';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'cli-import-v2-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** The seed plan with items that use every v2 item field a sheet carries. */
function v2Plan(): Plan {
  const seed = loadSeedPlan();
  const extra: Item[] = [
    {
      id: 'reg-dpia',
      kind: 'document',
      title: 'DPIA signed',
      nature: 'regulatory',
      signOffAuthority: 'Data Protection Officer',
    },
    {
      id: 'co-rehearsal',
      kind: 'other',
      title: 'Dress rehearsal',
      nature: 'cutover',
      cutoverKind: 'rehearsal',
      date: '2027-06-12',
    },
    {
      id: 'co-wave',
      kind: 'other',
      title: 'Wave 1',
      nature: 'cutover',
      cutoverKind: 'migrationWave',
    },
    {
      id: 'co-par',
      kind: 'functional',
      title: 'Run both',
      nature: 'cutover',
      cutoverKind: 'parallelRun',
    },
    { id: 'co-data', kind: 'other', title: 'Load accounts', cutoverKind: 'dataMigration' },
    {
      id: 'iac-db',
      kind: 'infrastructure',
      title: 'Managed DB',
      provisioning: 'code',
      quantity: 2,
    },
    {
      id: 'old-rack',
      kind: 'infrastructure',
      title: 'Old rack',
      nature: 'decommission',
      provisioning: 'physical',
      date: '2027-12-15',
    },
  ];
  const [first, ...rest] = seed.packagedPlan.deliveries;
  if (first === undefined) throw new Error('the seed has no delivery');
  return {
    ...seed,
    packagedPlan: {
      ...seed.packagedPlan,
      deliveries: [{ ...first, items: [...first.items, ...extra] }, ...rest],
    },
  };
}

async function importedPackagedPlan(file: string): Promise<Plan['packagedPlan']> {
  const io = captureIo();
  expect(await main(['import', file], io)).toBe(0);
  const parsed = parsePlanText(io.stdout());
  if (!parsed.ok) throw new Error('the import is not a plan');
  return parsed.plan.packagedPlan;
}

describe('export and import keep the v2 item fields', () => {
  it('a plan using nature, cutover kind, sign-off, item date and provisioning survives xlsx', async () => {
    const plan = v2Plan();
    const source = join(folder, 'v2.transition');
    await writeFile(source, serializePlan(plan));
    const workbook = join(folder, 'v2.xlsx');
    expect(await main(['export', source, '--format', 'xlsx', '-o', workbook], captureIo())).toBe(0);
    expect(await importedPackagedPlan(workbook)).toEqual(plan.packagedPlan);
  });

  it('and survives csv, under headers a person can read', async () => {
    const plan = v2Plan();
    const source = join(folder, 'v2.transition');
    await writeFile(source, serializePlan(plan));
    const out = join(folder, 'csv');
    expect(await main(['export', source, '--format', 'csv', '-o', out], captureIo())).toBe(0);
    const packaged = (await readdir(out)).find((name) => name.endsWith('-packaged.csv'));
    if (packaged === undefined) throw new Error('no packaged csv');
    const text = await readFile(join(out, packaged), 'utf8');
    expect(text.split('\r\n')[0]).toContain(
      'Nature,Cutover kind,Sign-off authority,Item date,Provisioning',
    );
    expect(text).toContain('Regulatory,,Data Protection Officer');
    expect(await importedPackagedPlan(join(out, packaged))).toEqual(plan.packagedPlan);
  });
});

describe('import reads the v2 columns as people write them', () => {
  it('recognises common spellings and values', async () => {
    const input = join(folder, 'v2.csv');
    await writeFile(
      input,
      [
        'Release,Go-live,Type,Title,Item nature,Cut-over type,Signed off by,Date of item,IaC',
        'R1,2027-06-30,Doc,SOX evidence,Compliance,,Financial Controller,,',
        'R1,2027-06-30,Other,Mock cutover,cut-over,Dress rehearsal,,12/06/2027,',
        'R1,2027-06-30,HW,Cloud DB,,,,,Infrastructure as code',
        'R1,2027-06-30,HW,Old SAN,Decom,,,,Hardware',
      ].join('\n'),
    );
    const items = (await importedPackagedPlan(input)).deliveries.flatMap((d) => d.items);
    expect(items.map((item) => ({ ...item, id: undefined }))).toEqual([
      {
        kind: 'document',
        title: 'SOX evidence',
        nature: 'regulatory',
        signOffAuthority: 'Financial Controller',
      },
      {
        kind: 'other',
        title: 'Mock cutover',
        nature: 'cutover',
        cutoverKind: 'rehearsal',
        date: '2027-06-12',
      },
      { kind: 'infrastructure', title: 'Cloud DB', provisioning: 'code' },
      {
        kind: 'infrastructure',
        title: 'Old SAN',
        nature: 'decommission',
        provisioning: 'physical',
      },
    ]);
  });

  it('names the row and the cell of a nature, cutover kind, item date or provisioning it cannot read', async () => {
    const input = join(folder, 'bad.csv');
    await writeFile(
      input,
      [
        'Delivery,Date,Kind,Title,Nature,Cutover kind,Item date,Provisioning',
        'R1,2027-06-30,Doc,A,Urgent,,,',
        'R1,2027-06-30,Other,B,Cutover,Big bang,,',
        'R1,2027-06-30,Other,C,Cutover,Rehearsal,someday,',
        'R1,2027-06-30,FR,D,,,,As code',
        'R1,2027-06-30,HW,E,,,,Magic',
      ].join('\n'),
    );
    const io = captureIo();
    expect(await main(['import', input], io)).toBe(1);
    const lines = io.stderrLines();
    expect(lines).toContain(
      'bad.csv: row 2: gives "Urgent" as the nature, which is not one: use Regulatory, Cutover, Decommission, or leave it empty for ordinary work.',
    );
    expect(lines).toContain(
      'bad.csv: row 3: gives "Big bang" as the cutover kind, which is not one: use Migration wave, Rehearsal, Parallel run, Data migration.',
    );
    expect(lines).toContain(
      'bad.csv: row 4: gives "someday" as the item date; write it as 2027-06-30, 30/06/2027 or 30 June 2027.',
    );
    expect(lines).toContain(
      'bad.csv: row 5: gives "As code" as the provisioning, but only infrastructure items are provisioned: check the kind or leave that cell empty.',
    );
    expect(lines).toContain(
      'bad.csv: row 6: gives "Magic" as the provisioning, which is not one: use As code, Physical (or IaC, Hardware).',
    );
  });
});
