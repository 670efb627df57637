import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import { SEED_PLAN_PATH } from '../../support/seed';
import { captureIo } from './capture-io';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'cli-readiness-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

interface Output {
  today: string;
  findings: { check: string; severity: string; path: string; message: string }[];
}

describe('transition-studio readiness', () => {
  it('checks against the date given: the seed deliveries are past in 2028, not in 2027', async () => {
    const early = captureIo();
    expect(
      await main(['readiness', SEED_PLAN_PATH, '--json', '--today', '2027-01-04'], early),
    ).toBe(0);
    const before = JSON.parse(early.stdout()) as Output;
    expect(before.today).toBe('2027-01-04');
    expect(before.findings.filter((f) => f.check === 'delivery-date-past')).toEqual([]);

    const late = captureIo();
    expect(await main(['readiness', SEED_PLAN_PATH, '--json', '--today', '2028-01-04'], late)).toBe(
      0,
    );
    const after = JSON.parse(late.stdout()) as Output;
    expect(after.findings.filter((f) => f.check === 'delivery-date-past')).toEqual([
      expect.objectContaining({ count: 2 }),
    ]);
  });

  it('prints one line per finding with its code, the grouped things under it, and exits 0', async () => {
    const io = captureIo();
    expect(await main(['readiness', SEED_PLAN_PATH, '--today', '2028-01-04'], io)).toBe(0);
    const lines = io.stdout().trim().split('\n');
    expect(lines[0]).toMatch(/^Readiness on 2028-01-04: \d+ findings$/);
    const past = lines.findIndex((line) =>
      line.startsWith('warning delivery-date-past packagedPlan.deliveries[0].date: 2 deliveries'),
    );
    expect(past).toBeGreaterThan(0);
    expect(lines.slice(past + 1, past + 3)).toEqual([
      '  - Delivery "Delivery 1" (2027-06-30) (packagedPlan.deliveries[0].date)',
      '  - Delivery "Delivery 2" (2027-11-30) (packagedPlan.deliveries[1].date)',
    ]);
  });

  it('exits 1 for an invalid plan and 2 for a bad --today', async () => {
    const bad = join(folder, 'bad.transition');
    await writeFile(bad, '{"format":"transition-studio.plan","schemaVersion":2}');
    expect(await main(['readiness', bad], captureIo())).toBe(1);
    const io = captureIo();
    expect(await main(['readiness', SEED_PLAN_PATH, '--today', '2027-02-30'], io)).toBe(2);
    expect(io.stderrLines()[0]).toContain('--today must be a date written YYYY-MM-DD');
  });
});
