import { chmod, mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PLAN_FILE_BYTES, readPlanFile } from '../../../io/plan-file';

let folder: string;
const samplePath = resolve(
  import.meta.dirname,
  '../../../resources/samples/seed-plan.transition.json',
);

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'plan-file-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function fileWith(name: string, content: string | Buffer): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, content);
  return path;
}

async function messageFor(path: string): Promise<string> {
  const result = await readPlanFile(path);
  if (result.ok) throw new Error(`expected ${path} to be refused`);
  return [result.message, ...result.problems.map((p) => `${p.path}: ${p.message}`)].join(' | ');
}

describe('readPlanFile', () => {
  it('reads the sample plan', async () => {
    const result = await readPlanFile(samplePath);
    expect(result.ok && result.plan.title).toBe('Seed example: two packaged deliveries');
    expect(result.name).toBe('seed-plan.transition.json');
  });

  it('reads a plan that starts with a byte order mark', async () => {
    const { readFile } = await import('node:fs/promises');
    const path = await fileWith('bom.transition', `\uFEFF${await readFile(samplePath, 'utf8')}`);
    expect((await readPlanFile(path)).ok).toBe(true);
  });

  it.each([
    [
      'a missing file',
      () => Promise.resolve(join(folder, 'gone.transition')),
      'Could not open "gone.transition": the file does not exist',
    ],
    [
      'a folder',
      async () => {
        const p = join(folder, 'dir.transition');
        await mkdir(p);
        return p;
      },
      'it is a folder, not a plan file',
    ],
    ['an empty file', () => fileWith('empty.transition', ''), 'the file is empty'],
    [
      'a binary file',
      () => fileWith('image.transition', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])),
      'it is a binary file',
    ],
    [
      'text that is not UTF-8',
      () => fileWith('latin1.transition', Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d])),
      'it is not UTF-8 text',
    ],
    [
      'text that is not JSON',
      () => fileWith('notes.transition', 'Delivery 1 in June'),
      '"notes.transition" is not a valid plan. | : is not valid JSON',
    ],
    [
      'a plan from a newer version',
      () => fileWith('future.transition', '{"format":"transition-studio.plan","schemaVersion":9}'),
      'schemaVersion: is 9, newer than this app reads (version 1)',
    ],
  ])('refuses %s with a sentence naming it', async (_label, make, expected) => {
    expect(await messageFor(await make())).toContain(expected);
  });

  it('refuses a file over 50 MB by its size, before reading it', async () => {
    const path = join(folder, 'huge.transition');
    await writeFile(path, '');
    await truncate(path, MAX_PLAN_FILE_BYTES + 1);
    expect(await messageFor(path)).toContain('larger than the 50.0 MB a plan may have');
  });

  it.skipIf(process.getuid?.() === 0)('says when permission is denied', async () => {
    const path = await fileWith('locked.transition', '{}');
    await chmod(path, 0o000);
    expect(await messageFor(path)).toContain('permission was denied');
  });
});
