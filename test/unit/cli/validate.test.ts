import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import { SEED_PLAN_PATH, seedPlanText } from '../../support/seed';
import { captureIo } from './capture-io';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'cli-validate-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function planFile(name: string, text: string): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, text);
  return path;
}

describe('transition-studio validate', () => {
  it('exits 0 for a valid plan and says what it holds', async () => {
    const io = captureIo();
    expect(await main(['validate', SEED_PLAN_PATH], io)).toBe(0);
    expect(io.stdout()).toBe('seed-plan.transition.json: valid plan (2 deliveries, 27 items)');
  });

  it("exits 1 with one line per problem: file, the field in the editor's words, JSON path, plain message and the bad value", async () => {
    const data = JSON.parse(seedPlanText()) as {
      title: unknown;
      packagedPlan: { deliveries: { date: string; items: Record<string, unknown>[] }[] };
    };
    data.title = 3;
    const second = data.packagedPlan.deliveries[1];
    if (!second) throw new Error('fixture changed');
    second.date = '2027-02-30';
    const nfr = second.items[5];
    if (nfr) nfr.targetPercent = 140;
    const path = await planFile('bad.transition', JSON.stringify(data));
    const io = captureIo();
    expect(await main(['validate', path], io)).toBe(1);
    expect(io.stderrLines()).toEqual([
      `${path}: Plan title (title): must be text (found the number 3)`,
      `${path}: Delivery "Delivery 2" › Go-live date (packagedPlan.deliveries[1].date): must be a date that exists in the calendar (found text "2027-02-30")`,
      `${path}: Delivery "Delivery 2" › Non-functional requirement "Non-functional requirement x" › Targets met (packagedPlan.deliveries[1].items[5].targetPercent): must be between 0 and 100 (found the number 140)`,
    ]);
    expect(io.stdout()).toBe('');
  });

  it('reports a stream tracing to an item that does not exist', async () => {
    const data = JSON.parse(seedPlanText()) as Record<string, unknown>;
    data.streamDesign = {
      streams: [
        {
          id: 's1',
          name: 'Code',
          cadence: { kind: 'daily' },
          roles: ['release-deployment'],
          sourceItemIds: ['fr-a', 'fr-zz'],
        },
      ],
    };
    const path = await planFile('stale.transition', JSON.stringify(data));
    const io = captureIo();
    expect(await main(['validate', path], io)).toBe(1);
    expect(io.stderrLines()).toEqual([
      `${path}: Stream "Code" › Items (streamDesign.streams[0].sourceItemIds[1]): "fr-zz" is not an item of the packaged plan`,
    ]);
  });

  it('gives a sentence for files it cannot read', async () => {
    const io = captureIo();
    expect(await main(['validate', join(folder, 'missing.transition')], io)).toBe(1);
    expect(await main(['validate', folder], io)).toBe(1);
    const binary = await planFile('image.transition', '\u0089PNG\r\n\u001a\n\u0000\u0000');
    expect(await main(['validate', binary], io)).toBe(1);
    expect(await main(['validate', await planFile('notes.transition', 'hello')], io)).toBe(1);
    const lines = io.stderrLines();
    expect(lines[0]).toBe(
      'Could not open "missing.transition": the file does not exist (it may have been moved or deleted).',
    );
    expect(lines[1]).toMatch(/^Could not open ".*": it is a folder, not a plan file\.$/);
    expect(lines[2]).toMatch(/^Could not open "image.transition": it is a binary file/);
    expect(lines[3]).toMatch(/notes\.transition: is not valid JSON/);
    expect(lines.some((line) => /\n\s+at /.test(line) || line.trimStart().startsWith('at '))).toBe(
      false,
    );
  });

  it('accepts a UTF-8 byte order mark', async () => {
    const path = await planFile('bom.transition', `\uFEFF${seedPlanText()}`);
    const io = captureIo();
    expect(await main(['validate', path], io)).toBe(0);
  });

  it('exits 2 for usage errors, naming the command', async () => {
    const io = captureIo();
    expect(await main(['validate'], io)).toBe(2);
    expect(await main(['validate', 'a', 'b'], io)).toBe(2);
    expect(await main(['validate', '--frobnicate', SEED_PLAN_PATH], io)).toBe(2);
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(await main([], io)).toBe(2);
    const text = io.stderrLines().join('\n');
    expect(text).toContain('transition-studio validate: give a plan file');
    expect(text).toContain('transition-studio validate: give one plan file (also got "b")');
    expect(text).toContain("Unknown option '--frobnicate'");
    expect(text).toContain('unknown command "frobnicate"');
  });

  it('prints help and the version with exit 0', async () => {
    const io = captureIo();
    expect(await main(['--help'], io)).toBe(0);
    expect(await main(['convert', '--help'], io)).toBe(0);
    expect(await main(['--version'], io)).toBe(0);
    expect(io.stdout()).toContain('Usage: transition-studio <command>');
  });

  describe('one rule for every command', () => {
    interface Data {
      packagedPlan: { deliveries: { date: string; items: Record<string, unknown>[] }[] };
    }
    async function planWith(change: (data: Data) => void): Promise<string> {
      const data = JSON.parse(seedPlanText()) as Data;
      change(data);
      return planFile('limits.transition', JSON.stringify(data));
    }
    const els = (data: Data): Record<string, unknown> => {
      const item = data.packagedPlan.deliveries[0]?.items.find(
        (i) => i.kind === 'earlyLifeSupport',
      );
      if (!item) throw new Error('fixture changed');
      return item;
    };

    it.each([
      [
        'an early life support of a billion days',
        (data: Data) => {
          els(data).days = 1e9;
        },
        'packagedPlan.deliveries[0].items[',
        'Support, days after (packagedPlan.deliveries[0].items[13].days): must be at most 3650 days (ten years) (found the number 1000000000)',
      ],
      [
        'a delivery dated 9999-12-31',
        (data: Data) => {
          const first = data.packagedPlan.deliveries[0];
          if (first) first.date = '9999-12-31';
        },
        'packagedPlan.deliveries[0].date',
        'must be a date in the years 1900–2999',
      ],
      [
        'a delivery in the year 0050',
        (data: Data) => {
          const first = data.packagedPlan.deliveries[0];
          if (first) first.date = '0050-06-01';
        },
        'packagedPlan.deliveries[0].date',
        'must be a date in the years 1900–2999',
      ],
    ])(
      'validate refuses %s with a sentence, as metrics would',
      async (_label, change, at, says) => {
        const path = await planWith(change);
        const io = captureIo();
        expect(await main(['validate', path], io)).toBe(1);
        const line = io.stderrLines().find((l) => l.includes(at));
        expect(line).toContain(says);
      },
    );

    it('a plan at the limits validates and every command takes it', async () => {
      const path = await planWith((data) => {
        for (const delivery of data.packagedPlan.deliveries) delivery.date = '2999-12-31';
        els(data).days = 3650;
      });
      for (const command of ['validate', 'metrics', 'convert', 'report']) {
        const io = captureIo();
        expect({ command, exit: await main([command, path], io) }).toEqual({ command, exit: 0 });
      }
      const io = captureIo();
      expect(await main(['diagram', path, '--view', 'all', '-o', join(folder, 'out')], io)).toBe(0);
    });
  });

  it('lists the first 50 of 5,000 problems and counts all the others', async () => {
    const data = JSON.parse(seedPlanText()) as {
      packagedPlan: { deliveries: { items: Record<string, unknown>[] }[] };
    };
    const first = data.packagedPlan.deliveries[0];
    if (!first) throw new Error('fixture changed');
    first.items = Array.from({ length: 5000 }, (_, i) => ({
      id: `bad-${String(i)}`,
      kind: 'functional',
      title: i,
    }));
    const path = await planFile('many.transition', JSON.stringify(data));
    const io = captureIo();
    expect(await main(['validate', path], io)).toBe(1);
    const lines = io.stderrLines();
    expect(lines).toHaveLength(51);
    expect(lines[0]).toContain(
      'Delivery "Delivery 1" › Item 1 › Title (packagedPlan.deliveries[0].items[0].title): must be text',
    );
    expect(lines[50]).toBe('… and 4,950 more problems');
  });
});
