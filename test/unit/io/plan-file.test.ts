import { execFileSync } from 'node:child_process';
import {
  chmod,
  mkdir,
  mkdtemp,
  readFile,
  rm,
  symlink,
  truncate,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeFsError } from '../../../io/fs-errors';
import { asUnprivileged, openToUnprivileged } from '../../support/unprivileged';
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
      'schemaVersion: is 9, newer than this app reads (version 2)',
    ],
  ])('refuses %s with a sentence naming it', async (_label, make, expected) => {
    expect(await messageFor(await make())).toContain(expected);
  });

  it.each([
    ['UTF-16 little-endian with a byte order mark', 'utf16le', true],
    ['UTF-16 big-endian with a byte order mark', 'utf16be', true],
    ['UTF-16 little-endian without one', 'utf16le', false],
    ['UTF-16 big-endian without one', 'utf16be', false],
  ] as const)('refuses %s, saying to save it as UTF-8', async (_label, encoding, bom) => {
    const sample = await readFile(samplePath, 'utf8');
    const path = await fileWith(`${encoding}-${bom}.transition`, utf16(sample, encoding, bom));
    expect(await messageFor(path)).toBe(
      `Could not open "${encoding}-${bom}.transition": it is UTF-16 text; save it as UTF-8.`,
    );
  });

  it('recognises UTF-16 of text that is not all ASCII', async () => {
    const text = '{"title":"Überführung – 移行計画","notes":"café"}';
    const path = await fileWith('accents.transition', utf16(text, 'utf16le', false));
    expect(await messageFor(path)).toContain('it is UTF-16 text; save it as UTF-8');
  });

  it('refuses UTF-32 by its byte order mark', async () => {
    const path = await fileWith('utf32.transition', Buffer.from([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]));
    expect(await messageFor(path)).toBe(
      'Could not open "utf32.transition": it is UTF-32 text; save it as UTF-8.',
    );
  });

  it('refuses a PNG image as binary', async () => {
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61',
      'hex',
    );
    const path = await fileWith('picture.transition', png);
    expect(await messageFor(path)).toBe(
      'Could not open "picture.transition": it is a binary file, not a JSON plan.',
    );
  });

  it.skipIf(process.platform === 'win32')(
    'refuses a named pipe without waiting for a writer',
    async () => {
      const path = join(folder, 'pipe.transition');
      execFileSync('mkfifo', [path]);
      expect(await messageFor(path)).toBe(
        'Could not open "pipe.transition": it is not a regular file.',
      );
    },
  );

  it('refuses a file over 50 MB by its size, before reading it', async () => {
    const path = join(folder, 'huge.transition');
    await writeFile(path, '');
    await truncate(path, MAX_PLAN_FILE_BYTES + 1);
    expect(await messageFor(path)).toContain('larger than the 50.0 MB a plan may have');
  });

  it('says when permission is denied', async () => {
    const path = await fileWith('locked.transition', '{}');
    await chmod(path, 0o000);
    await openToUnprivileged(folder);
    expect(await asUnprivileged(() => messageFor(path))).toBe(
      'Could not open "locked.transition": permission was denied.',
    );
  });
});

describe('readPlanFile: the version read', () => {
  it('parses the text without its byte order mark, with the size, time and hash it was read at', async () => {
    const sample = await readFile(samplePath);
    const path = await fileWith(
      'bom.transition',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), sample]),
    );
    const result = await readPlanFile(path);
    expect(result.ok && result.stamp.size).toBe(sample.length + 3);
    expect(result.ok && result.stamp.mtimeMs).toBeGreaterThan(0);
    expect(result.ok && result.stamp.sha256).toMatch(/^[0-9a-f]{64}$/u);
  });
});

describe('readPlanFile: what it never repeats', () => {
  it.each([
    ['a password file', 'root:*:20245:0:99999:7:::\ndaemon:*:20245:0:99999:7:::\n', 'root'],
    ['a token file', 'ghp_SECRETTOKEN1234567890', 'SECRET'],
    ['JSON with a private value where a plan has its format', '{"format":"ghp_SECRET"}', 'SECRET'],
    ['JSON broken after a secret', '{"token":"ghp_SECRET" "x"}', 'SECRET'],
  ])('does not quote %s in its answer', async (_label, content, secret) => {
    const path = await fileWith('not-a-plan.transition', content);
    const message = await messageFor(path);
    expect(message).toContain('not-a-plan.transition');
    expect(message).not.toContain(secret);
  });

  it('says where broken JSON breaks, by line and column', async () => {
    const path = await fileWith('broken.transition', '{\n  "format": "x",\n  "a" 1\n}');
    expect(await messageFor(path)).toContain(
      'is not valid JSON (unexpected number at line 3, column 7)',
    );
  });

  it('refuses UTF-32 without a byte order mark as UTF-32, not UTF-16', async () => {
    const sample = await readFile(samplePath, 'utf8');
    const le = Buffer.alloc(sample.length * 4);
    Array.from(sample).forEach((char, i) => le.writeUInt32LE(char.codePointAt(0) ?? 0, 4 * i));
    const path = await fileWith('utf32le.transition', le);
    expect(await messageFor(path)).toBe(
      'Could not open "utf32le.transition": it is UTF-32 text; save it as UTF-8.',
    );
  });

  it.skipIf(process.platform === 'win32')(
    'answers a symbolic link loop with a sentence',
    async () => {
      const path = join(folder, 'loop.transition');
      await symlink('loop.transition', path);
      expect(await messageFor(path)).toBe(
        'Could not open "loop.transition": its path is a loop of symbolic links that never reaches a file.',
      );
    },
  );

  it('escapes a file name that holds control characters', async () => {
    const path = await fileWith('evil\u001b]0;pwned\u0007\n.transition', '');
    const message = await messageFor(path);
    expect(message).toBe(
      'Could not open "evil\\u001b]0;pwned\\u0007\\n.transition": the file is empty.',
    );
  });
});

describe('describeFsError', () => {
  it('keeps its messages for opening', () => {
    const error = (code: string): Error => Object.assign(new Error(`${code}: raw`), { code });
    expect(describeFsError(error('ENOENT'))).toBe(
      'the file does not exist (it may have been moved or deleted)',
    );
    expect(describeFsError(error('EACCES'))).toBe('permission was denied');
    expect(describeFsError(error('EISDIR'))).toBe('it is a folder, not a plan file');
    expect(describeFsError(error('EMFILE'))).toBe(
      'too many files are open; close some and try again',
    );
    expect(describeFsError(error('ELOOP'))).toBe(
      'its path is a loop of symbolic links that never reaches a file',
    );
    // Never Node's own text, which repeats the path raw.
    expect(describeFsError(error('EWHATEVER'))).toBe(
      'the system reported an unexpected error (EWHATEVER)',
    );
    expect(describeFsError('not an error')).toBe('an unexpected error occurred');
  });
});

/** `text` in UTF-16, optionally with its byte order mark. */
function utf16(text: string, encoding: 'utf16le' | 'utf16be', bom: boolean): Buffer {
  const little = Buffer.from(`${bom ? '\uFEFF' : ''}${text}`, 'utf16le');
  return encoding === 'utf16le' ? little : Buffer.from(little).swap16();
}
