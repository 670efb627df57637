import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import { parsePlanText } from '../../../core/plan/parse';
import { scheduleStreams } from '../../../core/schedule/stream-schedule';
import { icsEvent, icsText } from '../../support/ics-files';
import { SEED_PLAN_PATH } from '../../support/seed';
import { captureIo } from './capture-io';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'cli-export-ics-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('transition-studio export --format ics', () => {
  it('a converted plan with an autumn freeze exports one event per scheduled run, go-live and window', async () => {
    const ics = join(folder, 'freeze.ics');
    await writeFile(
      ics,
      icsText(
        icsEvent({
          UID: 'autumn',
          SUMMARY: 'Autumn change freeze',
          'DTSTART;VALUE=DATE': '20270906',
          'DTEND;VALUE=DATE': '20270918',
        }),
      ),
    );
    const withCalendar = join(folder, 'calendar.transition');
    const converted = join(folder, 'converted.transition');
    expect(
      await main(
        ['import-calendar', ics, '--into', SEED_PLAN_PATH, '-o', withCalendar],
        captureIo(),
      ),
    ).toBe(0);
    expect(await main(['convert', withCalendar, '-o', converted], captureIo())).toBe(0);

    const io = captureIo();
    expect(await main(['export', converted, '--format', 'ics'], io)).toBe(0);
    const parsed = parsePlanText(await readFile(converted, 'utf8'));
    if (!parsed.ok) throw new Error('the converted plan does not validate');
    const schedules = scheduleStreams(parsed.plan);
    const runs = schedules.reduce((sum, stream) => sum + stream.runs.length, 0);
    const deliveries = parsed.plan.packagedPlan.deliveries.length;

    const events = new ICAL.Component(ICAL.parse(io.stdout()) as unknown[])
      .getAllSubcomponents('vevent')
      .map((component) => new ICAL.Event(component));
    expect(events).toHaveLength(runs + deliveries + 1);
    expect(io.stderrLines()).toEqual([
      `converted.transition: ${String(runs)} stream runs, ${String(deliveries)} go-lives and 1 calendar window in the forward schedule of change.`,
    ]);
    // The freeze blocks every stream: no release event falls in it.
    const inFreeze = events.filter((event) => {
      const day = event.startDate.toString();
      const run = event.component.getFirstPropertyValue('categories') === 'Stream run';
      return day >= '2027-09-06' && day <= '2027-09-17' && run;
    });
    expect(inFreeze).toEqual([]);
    expect(schedules.some((s) => s.skipped.some((skip) => skip.reason === 'window'))).toBe(true);
  });

  it('writes the file to -o and names it after the plan in a folder', async () => {
    const io = captureIo();
    expect(await main(['export', SEED_PLAN_PATH, '--format', 'ics', '-o', folder], io)).toBe(0);
    const written = io.stderrLines().at(-1) ?? '';
    expect(written).toMatch(/^Wrote .*-schedule\.ics$/);
    const text = await readFile(written.replace(/^Wrote /, ''), 'utf8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(io.stderrLines()[0]).toContain('exported the one the default rules propose');
  });
});
