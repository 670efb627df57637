import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import { parsePlanText } from '../../../core/plan/parse';
import type { Plan } from '../../../core/plan/schema';
import { icsEvent, icsText } from '../../support/ics-files';
import { SEED_PLAN_PATH } from '../../support/seed';
import { captureIo } from './capture-io';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'cli-import-calendar-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const FREEZE = icsEvent({
  UID: 'ye-freeze',
  SUMMARY: 'Year-end change freeze',
  'DTSTART;VALUE=DATE': '20271220',
  'DTEND;VALUE=DATE': '20280103',
});
const WEEKLY_MAINTENANCE = icsEvent({
  UID: 'sunday-maint',
  SUMMARY: 'Sunday maintenance window',
  DTSTART: '20270704T020000',
  DTEND: '20270704T060000',
  RRULE: 'FREQ=WEEKLY',
});
const HOLIDAY = icsEvent({
  UID: 'xmas',
  SUMMARY: 'Christmas Day',
  CATEGORIES: 'Holiday',
  'DTSTART;VALUE=DATE': '20271225',
});

async function writeIcs(...events: string[]): Promise<string> {
  const path = join(folder, 'calendar.ics');
  await writeFile(path, icsText(...events));
  return path;
}

async function readPlan(path: string): Promise<Plan> {
  const parsed = parsePlanText(await readFile(path, 'utf8'));
  if (!parsed.ok) throw new Error('the written plan does not validate');
  return parsed.plan;
}

describe('transition-studio import-calendar', () => {
  it('puts the windows and holidays into the plan, and a second run changes nothing', async () => {
    const ics = await writeIcs(FREEZE, WEEKLY_MAINTENANCE, HOLIDAY);
    const out = join(folder, 'plan.transition');
    const io = captureIo();
    expect(await main(['import-calendar', ics, '--into', SEED_PLAN_PATH, '-o', out], io)).toBe(0);
    const plan = await readPlan(out);
    const windows = plan.changeCalendar?.windows ?? [];
    expect(windows.find((w) => w.icsUid === 'ye-freeze')).toMatchObject({
      kind: 'freeze',
      start: '2027-12-20',
      end: '2028-01-02',
    });
    // The weekly window is expanded over the seed plan's horizon (June to December 2027).
    const sundays = windows.filter((w) => w.kind === 'maintenance');
    expect(sundays.length).toBeGreaterThan(20);
    expect(sundays.every((w) => new Date(`${w.start}T00:00:00Z`).getUTCDay() === 0)).toBe(true);
    expect(plan.changeCalendar?.holidays).toEqual([{ date: '2027-12-25', name: 'Christmas Day' }]);
    expect(io.stderrLines().at(-2)).toMatch(/calendar\.ics: \d+ windows added, 1 holiday added\./);

    const again = captureIo();
    expect(await main(['import-calendar', ics, '--into', out, '-o', out], again)).toBe(0);
    expect(again.stderrLines()).toContain(
      'calendar.ics: the calendar already held everything in the file.',
    );
    expect(await readPlan(out)).toEqual(plan);
  });

  it('names an event it cannot use and writes nothing unless --partial', async () => {
    const ics = await writeIcs(
      FREEZE,
      icsEvent({ UID: 'old', SUMMARY: 'Old freeze', 'DTSTART;VALUE=DATE': '17991231' }),
    );
    const out = join(folder, 'plan.transition');
    const io = captureIo();
    expect(await main(['import-calendar', ics, '--into', SEED_PLAN_PATH, '-o', out], io)).toBe(1);
    expect(io.stderrLines()).toEqual([
      'calendar.ics: Event "Old freeze": its date 1799-12-31 is outside the years a plan holds; left out.',
      'calendar.ics: nothing written: 1 event(s) could not be read (--partial imports the others).',
    ]);
    await expect(readFile(out)).rejects.toThrow();
    const partial = captureIo();
    const args = ['import-calendar', ics, '--into', SEED_PLAN_PATH, '-o', out, '--partial'];
    expect(await main(args, partial)).toBe(0);
    expect((await readPlan(out)).changeCalendar?.windows).toHaveLength(1);
  });

  it('refuses a file that is not iCalendar with a sentence, and a missing --into', async () => {
    const csv = join(folder, 'dates.ics');
    await writeFile(csv, 'Delivery,Date\nR1,2027-01-01\n');
    const io = captureIo();
    expect(await main(['import-calendar', csv, '--into', SEED_PLAN_PATH], io)).toBe(1);
    expect(io.stderrLines()[0]).toMatch(/^Could not import "dates\.ics": it is not an iCalendar/);
    const usage = captureIo();
    expect(await main(['import-calendar', csv], usage)).toBe(2);
    expect(usage.stderrLines()[0]).toContain('give --into <plan>');
  });
});
