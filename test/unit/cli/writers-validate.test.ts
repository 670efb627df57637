import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import { validatePlanData } from '../../../core/plan/references';
import { icsEvent, icsText } from '../../support/ics-files';
import { seedPlanText } from '../../support/seed';
import { captureIo } from './capture-io';

/**
 * Every command that writes a plan writes only one `validate` accepts. The app opens a plan
 * whose streams trace to items no longer in it (so the user can repair it); a command that
 * takes such a plan `--into` must not write it on as if it were fine.
 */
let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'cli-writers-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** The seed plan with a stream tracing "fr-a" and "fr-gone", an item no longer in the plan. */
async function stalePlan(): Promise<string> {
  const data = JSON.parse(seedPlanText()) as Record<string, unknown>;
  data.streamDesign = {
    streams: [
      {
        id: 's1',
        name: 'Code',
        cadence: { kind: 'daily' },
        roles: ['release-deployment'],
        sourceItemIds: ['fr-a', 'fr-gone'],
      },
    ],
  };
  const path = join(folder, 'stale.transition');
  await writeFile(path, JSON.stringify(data));
  return path;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

const STALE_LINE =
  'Stream "Code" › Items (streamDesign.streams[0].sourceItemIds[1]): "fr-gone" is not an item of the packaged plan';

describe('commands that write a plan', () => {
  it('import-calendar --into a plan with a stale trace names it and writes nothing', async () => {
    const plan = await stalePlan();
    const ics = join(folder, 'freeze.ics');
    await writeFile(
      ics,
      icsText(
        icsEvent({
          UID: 'ye',
          SUMMARY: 'Year-end change freeze',
          'DTSTART;VALUE=DATE': '20271220',
          'DTEND;VALUE=DATE': '20280103',
        }),
      ),
    );
    const out = join(folder, 'out.transition');
    const io = captureIo();
    expect(await main(['import-calendar', ics, '--into', plan, '-o', out], io)).toBe(1);
    expect(io.stderrLines()).toContain(`${plan}: ${STALE_LINE}`);
    expect(io.stderrLines().join('\n')).toContain('nothing written');
    expect(await exists(out)).toBe(false);
    expect(io.stdout()).toBe('');
  });

  it('import --into a plan with a stale trace names it and writes nothing', async () => {
    const plan = await stalePlan();
    const csv = join(folder, 'items.csv');
    await writeFile(csv, 'Delivery,Date,Type,Title\nR9,2027-09-30,FR,New feature\n');
    const out = join(folder, 'out.transition');
    const io = captureIo();
    expect(await main(['import', csv, '--into', plan, '-o', out], io)).toBe(1);
    expect(io.stderrLines()).toContain(`${plan}: ${STALE_LINE}`);
    expect(await exists(out)).toBe(false);
  });

  it('convert -o takes the stale trace out and writes a plan validate accepts', async () => {
    const plan = await stalePlan();
    const out = join(folder, 'out.transition');
    const io = captureIo();
    expect(await main(['convert', plan, '-o', out], io)).toBe(0);
    const written: unknown = JSON.parse(await readFile(out, 'utf8'));
    expect(validatePlanData(written).ok).toBe(true);
    expect(await main(['validate', out], captureIo())).toBe(0);
  });
});
