import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_PLAN_PATH, seedPlanText } from '../../support/seed';

/**
 * The CLI as a user runs it: bundled by the real build config into one file, started by Node,
 * talking through stdout, stderr and the exit code.
 */
const root = resolve(import.meta.dirname, '../../..');
let folder: string;
let cli: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'built-cli-'));
  await build({
    configFile: join(root, 'cli/vite.config.ts'),
    logLevel: 'silent',
    build: { outDir: folder },
  });
  cli = join(folder, 'index.js');
}, 60_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the built transition-studio command', () => {
  it('is one executable file with a shebang', async () => {
    expect((await readFile(cli, 'utf8')).startsWith('#!/usr/bin/env node\n')).toBe(true);
    const { stdout } = run('--version');
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('converts the article plan into its five streams on stdout', () => {
    const { status, stdout, stderr } = run('convert', SEED_PLAN_PATH);
    expect(status).toBe(0);
    const plan = JSON.parse(stdout) as { streamDesign: { streams: { name: string }[] } };
    expect(plan.streamDesign.streams).toHaveLength(5);
    expect(stderr).toContain('5 streams (5 added, 0 kept, 0 removed)');
  });

  it('exits 1 with a readable line, never a stack trace, for a broken file', async () => {
    const broken = join(folder, 'broken.transition');
    await writeFile(broken, '{"format":"transition-studio.plan","schemaVersion":1,"title":');
    const { status, stdout, stderr } = run('validate', broken);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^.*broken\.transition: is not valid JSON/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for a usage error', () => {
    expect(run('convert').status).toBe(2);
    expect(run('explode', SEED_PLAN_PATH).status).toBe(2);
  });

  it('prints metrics as a table and as JSON', () => {
    const table = run('metrics', SEED_PLAN_PATH);
    expect(table.status).toBe(0);
    expect(table.stdout).toContain('Releases into production');
    const json = run('metrics', SEED_PLAN_PATH, '--json');
    expect(JSON.parse(json.stdout)).toHaveProperty('releaseEvents');
  });

  it('prints what a hostile plan says escaped and bounded: no escape codes, no forged lines', async () => {
    const plan = JSON.parse(seedPlanText()) as Record<string, unknown>;
    const forged = `x\u001b[2J\u001b]0;pwned\u0007\r\nb.transition: valid plan`;
    plan.streamDesign = {
      streams: [
        {
          id: 's1',
          name: 'Code',
          cadence: { kind: 'daily' },
          roles: ['release-deployment'],
          sourceItemIds: [
            forged,
            'y'.repeat(5000),
            ...Array.from({ length: 1000 }, (_, i) => `gone-${String(i)}`),
          ],
        },
      ],
    };
    const path = join(folder, 'b.transition');
    await writeFile(path, JSON.stringify(plan));
    const { status, stderr } = run('validate', path);
    expect(status).toBe(1);
    // Nothing below 0x20 but the line breaks, and no C1 control either.
    const controls = Array.from(stderr).filter((c) => {
      const code = c.charCodeAt(0);
      return (code < 0x20 && c !== '\n') || (code >= 0x7f && code <= 0x9f);
    });
    expect(controls).toEqual([]);
    const lines = stderr.trimEnd().split('\n');
    expect(lines.some((line) => line.startsWith('b.transition: valid plan'))).toBe(false);
    expect(lines[0]).toContain('"x\\u001b[2J\\u001b]0;pwned\\u0007\\r\\nb.transition: valid plan"');
    // 50 problems and a count; no value echoed beyond 200 characters.
    expect(lines).toHaveLength(51);
    expect(lines[50]).toBe('… and 952 more problems');
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThan(400);
  });
});
