import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePlanText } from '../../../core/plan/parse';
import { serializePlan } from '../../../core/plan/serialize';
import { tempFileName } from '../../../io/atomic-temp-files';
import { openPlanFile, PlanFiles } from '../../../io/plan-documents';
import { loadSeedPlan as seedPlan } from '../../support/seed';

let folder: string;
let path: string;
let original: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'plan-documents-'));
  path = join(folder, 'payments.transition');
  original = serializePlan(seedPlan());
  await writeFile(path, original);
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

function edited(title: string): string {
  return serializePlan({ ...seedPlan(), title });
}

async function opened(at = path) {
  const result = await openPlanFile(at);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('openPlanFile', () => {
  it('reads the plan with the stamp of the version on disk', async () => {
    const result = await opened();
    const info = await stat(path);
    expect(result.plan.title).toBe(seedPlan().title);
    expect(result.stamp).toEqual({
      size: Buffer.byteLength(original),
      mtimeMs: info.mtimeMs,
      sha256: sha256(original),
    });
  });

  it('clears the temp files killed saves left in the plan’s folder, and nothing else', async () => {
    const dead = join(folder, tempFileName('payments.transition').replace(/\.\d+\./u, '.999999.'));
    const other = join(folder, '.notes.transition.999999.abcdefabcdef.tmp');
    const lookalike = join(folder, '.notes.transition.999999.abcdefabcdef.tmp.mine');
    for (const file of [dead, other, lookalike]) await writeFile(file, 'half a plan');
    const old = new Date(Date.now() - 120_000);
    for (const file of [dead, other, lookalike]) await utimes(file, old, old);
    await opened();
    expect((await readdir(folder)).sort()).toEqual(
      ['.notes.transition.999999.abcdefabcdef.tmp.mine', 'payments.transition'].sort(),
    );
  });

  it('refuses a bad file with a sentence naming it and its problems', async () => {
    await writeFile(path, '{"format":"transition-studio.plan","schemaVersion":1,"title":3}');
    const result = await openPlanFile(path);
    expect(result).toMatchObject({
      ok: false,
      reason: 'invalid',
      message: '"payments.transition" is not a valid plan.',
    });
    expect(result.ok ? [] : result.problems).toContainEqual({
      path: 'title',
      place: 'Plan title',
      message: 'must be text (found the number 3)',
    });
  });
});

describe('PlanFiles.save', () => {
  it('writes the plan, keeps the old version as .bak and answers the new stamp', async () => {
    const files = new PlanFiles();
    const { stamp } = await opened();
    const text = edited('Payments go-live, revised');
    const result = await files.save(path, text, { expected: stamp, backup: true });
    if (!('saved' in result)) throw new Error('expected a save');
    expect(await readFile(path, 'utf8')).toBe(text);
    expect(await readFile(`${path}.bak`, 'utf8')).toBe(original);
    expect(result.saved.backupPath).toBe(`${path}.bak`);
    expect(result.saved.stamp).toEqual({
      size: Buffer.byteLength(text),
      mtimeMs: (await stat(path)).mtimeMs,
      sha256: sha256(text),
    });
    expect((await readdir(folder)).sort()).toEqual([
      'payments.transition',
      'payments.transition.bak',
    ]);
  });

  it('makes no backup when backups are off', async () => {
    const { stamp } = await opened();
    await new PlanFiles().save(path, edited('No backup'), { expected: stamp, backup: false });
    expect(await readdir(folder)).toEqual(['payments.transition']);
  });

  it('keeps fields this version does not know through open and save', async () => {
    const withExtras = JSON.parse(original) as Record<string, unknown>;
    withExtras.reviewBoard = { chair: 'Ann', members: ['Bo', 'Cy'] };
    (withExtras.service as Record<string, unknown>).tier = 'gold';
    await writeFile(path, JSON.stringify(withExtras));
    const { plan, stamp } = await opened();
    await new PlanFiles().save(path, serializePlan(plan), { expected: stamp, backup: false });
    const saved = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
    expect(saved.reviewBoard).toEqual({ chair: 'Ann', members: ['Bo', 'Cy'] });
    expect((saved.service as Record<string, unknown>).tier).toBe('gold');
  });

  it('answers a conflict, not an error, when another program changed the file', async () => {
    const { stamp } = await opened();
    const theirs = edited('Changed in another editor');
    await writeFile(path, theirs);
    const result = await new PlanFiles().save(path, edited('Mine'), {
      expected: stamp,
      backup: true,
    });
    expect(result).toEqual({
      conflict: {
        reason: 'changed',
        path,
        name: 'payments.transition',
        message: '"payments.transition" was changed by another program since it was opened.',
        onDisk: expect.objectContaining({ sha256: sha256(theirs) }) as unknown,
      },
    });
    expect(await readFile(path, 'utf8')).toBe(theirs);
  });

  it('answers a conflict when the file was deleted, and overwrite puts it back', async () => {
    const { stamp } = await opened();
    await rm(path);
    const files = new PlanFiles();
    const result = await files.save(path, edited('Mine'), { expected: stamp, backup: true });
    expect(result).toMatchObject({ conflict: { reason: 'deleted', name: 'payments.transition' } });
    const forced = await files.save(path, edited('Mine'), {
      expected: stamp,
      overwrite: true,
      backup: true,
    });
    expect('saved' in forced).toBe(true);
    expect(parsePlanText(await readFile(path, 'utf8'))).toMatchObject({ ok: true });
  });

  it('takes a file touched but not changed as unchanged (the hash decides)', async () => {
    const { stamp } = await opened();
    const later = new Date(Date.now() + 60_000);
    await utimes(path, later, later);
    const result = await new PlanFiles().save(path, edited('Mine'), {
      expected: stamp,
      backup: false,
    });
    expect('saved' in result).toBe(true);
  });

  it('never mistakes its own earlier save for another program’s', async () => {
    const { stamp } = await opened();
    const files = new PlanFiles();
    // Both saves carry the stamp from when the plan was opened, as a renderer that saves twice
    // quickly does.
    const first = files.save(path, edited('First'), { expected: stamp, backup: true });
    const second = files.save(path, edited('Second'), { expected: stamp, backup: true });
    expect('saved' in (await first)).toBe(true);
    expect('saved' in (await second)).toBe(true);
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ title: 'Second' });
  });

  it('treats an existing file at a path it was not opened from as someone else’s', async () => {
    const result = await new PlanFiles().save(path, edited('Mine'), {
      expected: null,
      backup: false,
    });
    expect(result).toMatchObject({
      conflict: {
        reason: 'changed',
        message: '"payments.transition" already exists and was not opened in this window.',
      },
    });
  });

  it('leaves the original intact and says why when the save fails', async () => {
    const { stamp } = await opened();
    // A folder where the backup's temp file would go makes the save fail half-way.
    const blocked = join(folder, 'blocked');
    await mkdir(blocked);
    await writeFile(join(blocked, 'plan.transition'), original);
    const target = join(blocked, 'plan.transition');
    await mkdir(`${target}.bak`);
    await mkdir(join(`${target}.bak`, 'inside'));
    const failure = await new PlanFiles()
      .save(target, edited('Mine'), { expected: { ...stamp }, backup: true })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(/^Could not save "plan\.transition": .+\.$/u);
    expect(await readFile(target, 'utf8')).toBe(original);
    expect((await readdir(blocked)).sort()).toEqual(['plan.transition', 'plan.transition.bak']);
  });
});
