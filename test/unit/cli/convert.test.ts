import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import { parsePlanText } from '../../../core/plan/parse';
import { loadExpectedStreams, SEED_PLAN_PATH, seedPlanText } from '../../support/seed';
import { captureIo } from './capture-io';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'cli-convert-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function streamsIn(text: string): { id: string; name: string; sourceItemIds: string[] }[] {
  const result = parsePlanText(text);
  if (!result.ok) throw new Error('convert printed an invalid plan');
  return result.plan.streamDesign?.streams ?? [];
}

describe('transition-studio convert', () => {
  it("prints the plan with the article's five streams, and the summary on stderr", async () => {
    const io = captureIo();
    expect(await main(['convert', SEED_PLAN_PATH], io)).toBe(0);
    const streams = streamsIn(io.stdout());
    expect(streams.map((s) => s.name)).toEqual(loadExpectedStreams().map((s) => s.name));
    expect(io.stdout().endsWith('}\n')).toBe(true);
    expect(io.stderrLines()).toEqual([
      'seed-plan.transition.json: 5 streams (5 added, 0 kept, 0 removed), 0 unmapped items, 0 conflicts',
      '  added stream "Code objects checked in, tested & deployed"',
      '  added stream "Knowledge updates created & tested for the new functional requirements"',
      '  added stream "Formal operational acceptance tests"',
      '  added stream "Hardware deliveries"',
      '  added stream "ELS & Continual Service Improvement"',
    ]);
  });

  it('writes to -o atomically, leaves no temp file, and re-converting the output is quiet', async () => {
    const out = join(folder, 'converted.transition');
    const io = captureIo();
    expect(await main(['convert', SEED_PLAN_PATH, '-o', out], io)).toBe(0);
    expect(io.stdout()).toBe('');
    expect(io.stderrLines().at(-1)).toBe(`Wrote ${out}`);
    expect(await readdir(folder)).toEqual(['converted.transition']);
    const again = captureIo();
    expect(await main(['convert', out], again)).toBe(0);
    expect(again.stdout()).toBe(await readFile(out, 'utf8'));
    expect(again.stderrLines()[0]).toBe(
      'converted.transition: 5 streams (0 added, 5 kept, 0 removed), 0 unmapped items, 0 conflicts',
    );
  });

  it('reports unmapped items and drops traces to items that left the packaged plan', async () => {
    const data = JSON.parse(seedPlanText()) as {
      packagedPlan: { deliveries: { items: Record<string, unknown>[] }[] };
      streamDesign?: unknown;
    };
    data.packagedPlan.deliveries[0]?.items.push({ id: 'lic', kind: 'other', title: 'Licences' });
    data.streamDesign = {
      streams: [
        {
          id: 'mine',
          name: 'My stream',
          cadence: { kind: 'asRequired' },
          roles: ['change'],
          sourceItemIds: ['fr-a', 'gone'],
        },
      ],
    };
    const path = join(folder, 'edited.transition');
    await writeFile(path, JSON.stringify(data));
    const io = captureIo();
    expect(await main(['convert', path], io)).toBe(0);
    expect(streamsIn(io.stdout()).find((s) => s.id === 'mine')?.sourceItemIds).toEqual(['fr-a']);
    expect(io.stderrLines()).toContain('  "My stream": removed gone');
    expect(io.stderrLines()).toContain(
      '  unmapped: lic "Licences" in d1: no conversion rule takes items of kind "other" (other); assign it to a stream by hand',
    );
  });

  it('exits 1 for an invalid plan and writes nothing', async () => {
    const path = join(folder, 'bad.transition');
    await writeFile(path, '{"format":"transition-studio.plan","schemaVersion":9}');
    const out = join(folder, 'out.transition');
    const io = captureIo();
    expect(await main(['convert', path, '-o', out], io)).toBe(1);
    expect(io.stderrLines()).toEqual([
      `${path}: Schema version (schemaVersion): is 9, newer than this app reads (version 2); update Transition Studio to open it`,
    ]);
    expect(await readdir(folder)).toEqual(['bad.transition']);
  });

  it('says why it could not write -o', async () => {
    const io = captureIo();
    const out = join(folder, 'no-such-folder', 'out.transition');
    expect(await main(['convert', SEED_PLAN_PATH, '-o', out], io)).toBe(1);
    expect(io.stderrLines()[0]).toMatch(/^Could not save "out.transition": /);
  });

  it('exits 2 when -o has no value', async () => {
    const io = captureIo();
    expect(await main(['convert', SEED_PLAN_PATH, '-o'], io)).toBe(2);
  });
});
