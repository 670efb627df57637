import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import { parsePlanText } from '../../../core/plan/parse';
import { loadSeedPlan, SEED_PLAN_PATH } from '../../support/seed';
import { captureIo } from './capture-io';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'cli-import-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function readPlan(path: string) {
  const parsed = parsePlanText(await readFile(path, 'utf8'));
  if (!parsed.ok) throw new Error(`${path} is not a valid plan`);
  return parsed.plan;
}

const DONE_WHEN_HEADER = [
  'lead weeks',
  'Delivery',
  'KIND',
  'Go-live date',
  'Id',
  'Title',
  'target %',
  'Quantity',
  'ELS days',
];
const DONE_WHEN_ROWS = [
  [null, 'Release 1', 'FR', '2027-06-30', 'fr-1', 'Login', null, null, null],
  [null, 'Release 1', 'NFR', '2027-06-30', 'nfr-1', 'Latency', 75, null, null],
  [null, 'Release 1', 'HW', '2027-06-30', 'hw-1', 'DB server', null, 2, null],
  [3, 'Release 1', 'Ops briefing', '2027-06-30', 'ops-1', 'Service desk', null, null, null],
  [5, 'Release 2', 'Training', '2027-11-30', 'tr-1', 'Training plan', null, null, null],
  [null, 'Release 2', 'ELS', '2027-11-30', 'els-1', 'Hypercare', null, null, 15],
  [null, 'Release 2', 'Doc', '2027-11-30', 'doc-1', 'Runbook', null, null, null],
];

describe('transition-studio import', () => {
  it('turns a workbook with the usual columns in any order and case into a plan validate accepts', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Release plan');
    sheet.addRow(DONE_WHEN_HEADER);
    for (const row of DONE_WHEN_ROWS) sheet.addRow(row);
    const input = join(folder, 'release-plan.xlsx');
    await workbook.xlsx.writeFile(input);
    const output = join(folder, 'plan.transition');
    const io = captureIo();
    expect(await main(['import', input, '-o', output], io)).toBe(0);
    expect(io.stderrLines().at(-2)).toBe(
      'release-plan.xlsx: 7 rows read: 7 items added, 0 updated, 2 deliveries added; the plan has 2 deliveries and 7 items',
    );
    const validate = captureIo();
    expect(await main(['validate', output], validate)).toBe(0);
    const plan = await readPlan(output);
    expect(plan.title).toBe('release-plan');
    expect(plan.packagedPlan.deliveries.flatMap((d) => d.items.map((i) => i.id))).toEqual(
      DONE_WHEN_ROWS.map((row) => row[4]),
    );
  });

  it('names a bad row and exits 1 writing nothing; --partial writes the rows it could read', async () => {
    const input = join(folder, 'plan.csv');
    await writeFile(
      input,
      'Delivery;Date;Type;Title\nR1;2027-06-30;FR;Good\nR1;2027-06-30;Wish;Bad kind\n',
    );
    const output = join(folder, 'out.transition');
    const io = captureIo();
    expect(await main(['import', input, '-o', output], io)).toBe(1);
    expect(io.stderrLines()).toContain(
      'plan.csv: row 3: gives "Wish" as the kind, which is not one: use Functional requirement, Non-functional requirement, Infrastructure, Document, Ops briefing, Training, Early life support, Other, an abbreviation such as FR, NFR, HW, ELS, or map it in a mapping file.',
    );
    expect(io.stderrLines().at(-1)).toBe(
      'plan.csv: nothing written: 1 row could not be read (--partial imports the others).',
    );
    await expect(readFile(output)).rejects.toThrow();
    const partial = captureIo();
    expect(await main(['import', input, '-o', output, '--partial'], partial)).toBe(0);
    expect((await readPlan(output)).packagedPlan.deliveries[0]?.items.map((i) => i.title)).toEqual([
      'Good',
    ]);
  });

  it('refuses a mapping file with a typo, naming the key', async () => {
    const input = join(folder, 'plan.csv');
    await writeFile(input, 'Delivery,Date,Type,Title\nR1,2027-06-30,FR,Good\n');
    const mapping = join(folder, 'm.json');
    await writeFile(mapping, JSON.stringify({ colums: {} }));
    const io = captureIo();
    expect(await main(['import', input, '--mapping', mapping], io)).toBe(1);
    expect(io.stderrLines()[0]).toMatch(/^m\.json: .*colums/);
  });

  it('imports into an open plan by id instead of duplicating', async () => {
    const input = join(folder, 'update.csv');
    await writeFile(
      input,
      'Delivery id,Delivery,Go-live date,Id,Kind,Title\nd1,Delivery 1,2027-06-30,fr-a,FR,Renamed a\n',
    );
    const io = captureIo();
    expect(await main(['import', input, '--into', SEED_PLAN_PATH], io)).toBe(0);
    const parsed = parsePlanText(io.stdout());
    if (!parsed.ok) throw new Error('not a plan');
    const seed = loadSeedPlan();
    const items = parsed.plan.packagedPlan.deliveries.flatMap((d) => d.items);
    expect(items).toHaveLength(seed.packagedPlan.deliveries.flatMap((d) => d.items).length);
    expect(items.find((i) => i.id === 'fr-a')?.title).toBe('Renamed a');
  });
});

describe('transition-studio export', () => {
  it('exports the seed plan to a workbook that imports back to an equal packaged plan', async () => {
    const workbook = join(folder, 'seed.xlsx');
    const io = captureIo();
    expect(await main(['export', SEED_PLAN_PATH, '--format', 'xlsx', '-o', workbook], io)).toBe(0);
    const back = join(folder, 'back.transition');
    expect(await main(['import', workbook, '-o', back], captureIo())).toBe(0);
    expect((await readPlan(back)).packagedPlan).toEqual(loadSeedPlan().packagedPlan);
    const read = new ExcelJS.Workbook();
    await read.xlsx.readFile(workbook);
    expect(read.worksheets.map((s) => s.name)).toEqual(['Packaged plan', 'Streams', 'Traces']);
    expect(read.getWorksheet('Traces')?.actualRowCount).toBeGreaterThan(27);
  });

  it('exports CSV files, one per sheet, into a folder; the packaged CSV imports back equal', async () => {
    const out = join(folder, 'csv');
    expect(await main(['export', SEED_PLAN_PATH, '--format', 'csv', '-o', out], captureIo())).toBe(
      0,
    );
    const packaged = join(out, 'seed-example-two-packaged-deliveries-packaged.csv');
    const io = captureIo();
    expect(await main(['import', packaged], io)).toBe(0);
    const parsed = parsePlanText(io.stdout());
    expect(parsed.ok && parsed.plan.packagedPlan).toEqual(loadSeedPlan().packagedPlan);
    const streams = await readFile(
      join(out, 'seed-example-two-packaged-deliveries-streams.csv'),
      'utf8',
    );
    expect(streams.split('\r\n')[0]).toBe(
      'Stream id,Stream,Cadence,Roles,Approval,Gate or authority,Conditions,Items,Traced item ids',
    );
  });

  it('hands the streams to ServiceNow: a template per pre-authorised stream, a change per change-authority release', async () => {
    const out = join(folder, 'sn');
    expect(
      await main(
        ['export', SEED_PLAN_PATH, '--format', 'servicenow', '--as', 'json', '-o', out],
        captureIo(),
      ),
    ).toBe(0);
    const templates = JSON.parse(
      await readFile(
        join(out, 'seed-example-two-packaged-deliveries-servicenow-standard-change-templates.json'),
        'utf8',
      ),
    ) as { records: Record<string, string>[] };
    expect(templates.records).toHaveLength(4);
    expect(templates.records.every((r) => r.u_type === 'standard')).toBe(true);
    const changes = JSON.parse(
      await readFile(
        join(out, 'seed-example-two-packaged-deliveries-servicenow-change-requests.json'),
        'utf8',
      ),
    ) as { records: Record<string, string>[] };
    // Hardware deliveries go to the Change Advisory Board: one change for each delivery with hardware.
    expect(changes.records.map((r) => r.u_start_date)).toEqual([
      '2027-06-30 00:00:00',
      '2027-11-30 00:00:00',
    ]);
    expect(changes.records[0]?.u_description).toContain('hw-db: DB server (Infrastructure)');
  });

  it('says what is wrong with the arguments as a usage error', async () => {
    const io = captureIo();
    expect(await main(['export', SEED_PLAN_PATH, '--format', 'pdf'], io)).toBe(2);
    expect(io.stderrLines()[0]).toBe(
      'transition-studio export: give --format xlsx|csv|ics|servicenow|jsm',
    );
    const xlsx = captureIo();
    expect(await main(['export', SEED_PLAN_PATH, '--format', 'xlsx'], xlsx)).toBe(2);
  });
});
