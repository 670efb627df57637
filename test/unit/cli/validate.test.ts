import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../cli/main';

const samplePath = resolve(
  import.meta.dirname,
  '../../../resources/samples/seed-plan.transition.json',
);

function captureOutput() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((line: string) => out.push(line));
  vi.spyOn(console, 'error').mockImplementation((line: string) => err.push(line));
  return { out, err };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('transition-studio validate', () => {
  it('exits 0 for a valid plan', async () => {
    const { out } = captureOutput();
    expect(await main(['validate', samplePath])).toBe(0);
    expect(out).toEqual(['seed-plan.transition.json: valid plan']);
  });

  it('exits 1 with one line per problem: file, JSON path, message', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'cli-'));
    const path = join(folder, 'bad.transition');
    await writeFile(
      path,
      JSON.stringify({ format: 'transition-studio.plan', schemaVersion: 1, title: 3 }),
    );
    const { err } = captureOutput();
    expect(await main(['validate', path])).toBe(1);
    expect(err).toContain(`${path}: title: Invalid input: expected string, received number`);
    expect(err.every((line) => !line.includes('    at '))).toBe(true);
    await rm(folder, { recursive: true });
  });

  it('exits 2 for usage errors', async () => {
    const { err } = captureOutput();
    expect(await main(['validate'])).toBe(2);
    expect(await main(['frobnicate'])).toBe(2);
    expect(err.join('\n')).toContain('unknown command "frobnicate"');
  });
});
