import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import { SEED_PLAN_PATH } from '../../support/seed';
import { captureIo } from './capture-io';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'cli-report-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('transition-studio metrics', () => {
  it('prints the before/after table and says the streams were proposed', async () => {
    const io = captureIo();
    expect(await main(['metrics', SEED_PLAN_PATH], io)).toBe(0);
    const release = io
      .stdout()
      .split('\n')
      .find((line) => line.startsWith('Releases into production'));
    expect(release?.split('|').map((cell) => cell.trim())).toEqual([
      'Releases into production (count)',
      '2',
      '167–170',
    ]);
    expect(io.stderrLines()).toEqual([
      'seed-plan.transition.json: no stream design saved in the plan; the streams side uses the default conversion.',
    ]);
  });

  it('prints JSON with --json and reads the DORA year from --dora', async () => {
    const io = captureIo();
    expect(await main(['metrics', SEED_PLAN_PATH, '--json', '--dora', '2021'], io)).toBe(0);
    const metrics = JSON.parse(io.stdout()) as {
      doraYear: number;
      doraBand: { packaged: { band: string }; streams: { band: string } };
    };
    expect(metrics.doraYear).toBe(2021);
    expect(metrics.doraBand.packaged.band).toBe('medium');
    expect(metrics.doraBand.streams.band).toBe('high');
  });

  it('refuses an unknown DORA year as a usage error', async () => {
    const io = captureIo();
    expect(await main(['metrics', SEED_PLAN_PATH, '--dora', '2019'], io)).toBe(2);
    expect(io.stderrLines()[0]).toBe(
      'transition-studio metrics: --dora must be 2021 or 2023 (got "2019")',
    );
  });
});

describe('transition-studio report', () => {
  it('writes the Markdown report to -o and nothing to stdout', async () => {
    const out = join(folder, 'plan.md');
    const io = captureIo();
    expect(await main(['report', SEED_PLAN_PATH, '-o', out], io)).toBe(0);
    expect(io.stdout()).toBe('');
    expect(await readdir(folder)).toEqual(['plan.md']);
    const markdown = await readFile(out, 'utf8');
    for (const heading of [
      '# Seed example: two packaged deliveries',
      '## Change policy and approval model',
      '## RACI',
      '## Traceability: packaged items to streams',
      '## Before and after: packaged releases compared with streams',
      '## Readiness findings',
      '### Stream design (proposed by the conversion rules: the plan has no stream design yet)',
      '## Sign-off',
    ]) {
      expect(markdown).toContain(`\n${heading}\n`.replace(/^\n#/, '#'));
    }
  });

  it('refuses an unknown format, paper or a binary format without -o, in one sentence', async () => {
    for (const [args, message] of [
      [['--format', 'rtf'], 'unknown format "rtf" (use md, html, pdf or docx)'],
      [
        ['--format', 'pdf', '--paper', 'a3', '-o', 'x.pdf'],
        'unknown paper "a3" (use a4 or letter)',
      ],
      [['--format', 'pdf'], 'a PDF file is binary: give -o <file.pdf>'],
      [['--paper', 'letter'], '--paper applies to --format pdf'],
    ] as const) {
      const io = captureIo();
      expect(await main(['report', SEED_PLAN_PATH, ...args], io)).toBe(2);
      expect(io.stderrLines().join('\n')).toContain(message);
    }
    expect(await readdir(folder)).toEqual([]);
  });

  it('rates deployment frequency with the table --dora names, as metrics does', async () => {
    const io = captureIo();
    expect(await main(['report', SEED_PLAN_PATH, '--dora', '2021'], io)).toBe(0);
    const row = io
      .stdout()
      .split('\n')
      .find((line) => line.includes('DORA deployment frequency'));
    // 2021: two deliveries in 24 weeks are "between once a month and once every 6 months".
    expect(row).toContain('(2021 report)');
    expect(row).toContain('medium: between once a month and once every 6 months');
    const bad = captureIo();
    expect(await main(['report', SEED_PLAN_PATH, '--dora', '2022'], bad)).toBe(2);
    expect(bad.stderrLines()[0]).toBe(
      'transition-studio report: --dora must be 2021 or 2023 (got "2022")',
    );
  });

  it('prints the report on stdout without -o', async () => {
    const io = captureIo();
    expect(await main(['report', SEED_PLAN_PATH], io)).toBe(0);
    expect(io.stdout()).toMatch(/^# Seed example/);
  });
});
