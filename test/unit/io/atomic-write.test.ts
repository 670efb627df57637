import { execFileSync } from 'node:child_process';
import * as fsPromises from 'node:fs/promises';
import {
  chmod,
  link,
  lstat,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  readlink,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  AtomicWriteError,
  atomicWritesInFlight,
  settleAtomicWrites,
  writeFileAtomic,
  type AtomicWriteFileHandle,
  type AtomicWriteFs,
} from '../../../io/atomic-write';

const realFs: AtomicWriteFs = fsPromises;
const ORIGINAL = '{"title":"the plan as it was"}\n';

let folder: string;
let target: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'atomic-write-'));
  target = join(folder, 'plan.transition');
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Everything in the folder that is not the target or its backup: must always be empty. */
async function strayFiles(): Promise<string[]> {
  const names = await readdir(folder);
  return names.filter((name) => name !== 'plan.transition' && name !== 'plan.transition.bak');
}

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code });
}

type Step = 'write' | 'fsync' | 'close' | 'rename' | 'open' | 'folder-open' | 'folder-fsync';

/** The real file system, failing with `code` at one step of the save of a temp file. */
function failingAt(step: Step, code: string): AtomicWriteFs {
  return {
    ...realFs,
    async open(path, flags, mode) {
      const isTemp = path.endsWith('.tmp');
      if (step === 'open' && isTemp) throw errno(code);
      if (step === 'folder-open' && path === folder) throw errno(code);
      const handle = await realFs.open(path, flags, mode);
      const fail = (at: Step): boolean => step === at && (isTemp || path === folder);
      const wrapped: AtomicWriteFileHandle = {
        chmod: (m) => handle.chmod(m),
        async writeFile(data) {
          if (!fail('write')) return handle.writeFile(data);
          // A disk that fills up mid-write: part of the data lands, then the error.
          await handle.writeFile(data.slice(0, Math.floor(data.length / 2)));
          throw errno(code);
        },
        async sync() {
          if (fail('fsync') || (step === 'folder-fsync' && path === folder)) throw errno(code);
          return handle.sync();
        },
        async close() {
          await handle.close();
          if (fail('close')) throw errno(code);
        },
      };
      return wrapped;
    },
    async rename(from, to) {
      if (step === 'rename' && to === target) throw errno(code);
      return realFs.rename(from, to);
    },
  };
}

async function saveError(promise: Promise<unknown>): Promise<AtomicWriteError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AtomicWriteError)) throw new Error(`expected an AtomicWriteError`);
  return error;
}

describe('writeFileAtomic', () => {
  it('writes a new file with exactly the given content and leaves nothing else', async () => {
    const result = await writeFileAtomic(target, 'héllo\n');
    expect(result).toEqual({ path: target, bytes: 7 });
    expect(await readFile(target, 'utf8')).toBe('héllo\n');
    expect(await readdir(folder)).toEqual(['plan.transition']);
  });

  it('replaces a longer file by a shorter one without leftover bytes, and writes bytes as given', async () => {
    await writeFile(target, 'x'.repeat(10_000));
    const bytes = new Uint8Array([0x7b, 0x7d, 0x0a, 0x00, 0xff]);
    const result = await writeFileAtomic(target, bytes);
    expect(result.bytes).toBe(5);
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
    expect(await strayFiles()).toEqual([]);
  });

  it('saves what the caller passed even if the caller changes its buffer right after', async () => {
    const bytes = new TextEncoder().encode('first');
    const saving = writeFileAtomic(target, bytes);
    bytes.fill(0x21);
    await saving;
    expect(await readFile(target, 'utf8')).toBe('first');
  });

  it.each<[Step, string, string]>([
    ['write', 'ENOSPC', 'Could not save "plan.transition": the disk is full.'],
    ['write', 'EDQUOT', 'Could not save "plan.transition": your disk quota is used up.'],
    ['fsync', 'ENOSPC', 'Could not save "plan.transition": the disk is full.'],
    ['fsync', 'EIO', 'Could not save "plan.transition": the disk reported an input/output error.'],
    ['close', 'EIO', 'Could not save "plan.transition": the disk reported an input/output error.'],
    ['rename', 'EACCES', 'Could not save "plan.transition": permission was denied.'],
    ['rename', 'EPERM', 'Could not save "plan.transition": permission was denied.'],
    ['open', 'EROFS', 'Could not save "plan.transition": the disk is read-only.'],
    [
      'open',
      'EMFILE',
      'Could not save "plan.transition": too many files are open; close some and try again.',
    ],
    [
      'rename',
      'EXDEV',
      'Could not save "plan.transition": the system reported an unexpected error (EXDEV).',
    ],
  ])(
    'a failure at %s (%s) leaves the original intact, no temp file, and says: %s',
    async (step, code, message) => {
      await writeFile(target, ORIGINAL);
      const error = await saveError(
        writeFileAtomic(target, 'new content', { fs: failingAt(step, code), backup: true }),
      );
      expect(error.message).toBe(message);
      expect(error.code).toBe(code);
      expect(error.path).toBe(target);
      expect(await readFile(target, 'utf8')).toBe(ORIGINAL);
      expect(await strayFiles()).toEqual([]);
    },
  );

  it('says the folder no longer exists, and creates nothing', async () => {
    const gone = join(folder, 'removed', 'plan.transition');
    const error = await saveError(writeFileAtomic(gone, '{}'));
    expect(error.message).toBe(
      'Could not save "plan.transition": the folder it goes in no longer exists (it may have been moved or deleted).',
    );
    expect(error.code).toBe('ENOENT');
    expect(await readdir(folder)).toEqual([]);
  });

  it('says when a folder has the name, and leaves the folder alone', async () => {
    await mkdir(target);
    await writeFile(join(target, 'inside.txt'), 'kept');
    const error = await saveError(writeFileAtomic(target, '{}', { backup: true }));
    expect(error.message).toBe(
      'Could not save "plan.transition": there is a folder with that name.',
    );
    expect(error.code).toBe('EISDIR');
    expect(await readFile(join(target, 'inside.txt'), 'utf8')).toBe('kept');
    expect(await strayFiles()).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')('refuses to replace a named pipe', async () => {
    execFileSync('mkfifo', [target]);
    const error = await saveError(writeFileAtomic(target, '{}'));
    expect(error.message).toBe('Could not save "plan.transition": it is not a regular file.');
    expect((await lstat(target)).isFIFO()).toBe(true);
    expect(await strayFiles()).toEqual([]);
  });

  it('succeeds where the folder cannot be opened or fsynced (Windows)', async () => {
    for (const [step, code] of [
      ['folder-open', 'EISDIR'],
      ['folder-open', 'EPERM'],
      ['folder-fsync', 'EINVAL'],
    ] as const) {
      await writeFileAtomic(target, code, { fs: failingAt(step, code) });
      expect(await readFile(target, 'utf8')).toBe(code);
    }
  });

  it('reports a real folder fsync failure', async () => {
    const error = await saveError(
      writeFileAtomic(target, '{}', { fs: failingAt('folder-fsync', 'EIO') }),
    );
    expect(error.code).toBe('EIO');
    expect(await strayFiles()).toEqual([]);
  });

  describe('backup', () => {
    it('is made only when the target existed, and holds the previous version', async () => {
      const first = await writeFileAtomic(target, 'one', { backup: true });
      expect(first.backupPath).toBeUndefined();
      expect(await readdir(folder)).toEqual(['plan.transition']);

      const second = await writeFileAtomic(target, 'two', { backup: true });
      expect(second.backupPath).toBe(`${target}.bak`);
      expect(await readFile(`${target}.bak`, 'utf8')).toBe('one');

      await writeFileAtomic(target, 'three', { backup: true });
      expect(await readFile(`${target}.bak`, 'utf8')).toBe('two');
      expect(await readFile(target, 'utf8')).toBe('three');
      // The backup is its own file, not a link to the current version.
      expect((await stat(`${target}.bak`)).ino).not.toBe((await stat(target)).ino);
      expect(await strayFiles()).toEqual([]);
    });

    it('recovers from a writer killed between its two renames (.bak linked to the target)', async () => {
      // Found by the crash test: rename() between two links of one file is a no-op that
      // leaves the temp link behind.
      await writeFile(target, ORIGINAL);
      await link(target, `${target}.bak`);
      await writeFileAtomic(target, 'new', { backup: true });
      expect(await readFile(`${target}.bak`, 'utf8')).toBe(ORIGINAL);
      expect(await readFile(target, 'utf8')).toBe('new');
      expect(await strayFiles()).toEqual([]);
    });

    it('is off unless asked for', async () => {
      await writeFile(target, ORIGINAL);
      expect((await writeFileAtomic(target, 'new')).backupPath).toBeUndefined();
      expect(await readdir(folder)).toEqual(['plan.transition']);
    });

    it('falls back to a copy where hard links are not supported', async () => {
      await writeFile(target, ORIGINAL);
      const fs: AtomicWriteFs = { ...realFs, link: () => Promise.reject(errno('EPERM')) };
      await writeFileAtomic(target, 'new', { backup: true, fs });
      expect(await readFile(`${target}.bak`, 'utf8')).toBe(ORIGINAL);
      expect(await strayFiles()).toEqual([]);
    });

    it('that fails stops the save, with the original and the old backup intact', async () => {
      await writeFile(target, ORIGINAL);
      await writeFile(`${target}.bak`, 'older');
      const fs: AtomicWriteFs = {
        ...realFs,
        link: () => Promise.reject(errno('ENOTSUP')),
        async copyFile(from, to, mode) {
          await realFs.copyFile(from, to, mode); // the copy lands, then the disk fills up
          throw errno('ENOSPC');
        },
      };
      const error = await saveError(writeFileAtomic(target, 'new', { backup: true, fs }));
      expect(error.message).toBe('Could not save "plan.transition": the disk is full.');
      expect(await readFile(target, 'utf8')).toBe(ORIGINAL);
      expect(await readFile(`${target}.bak`, 'utf8')).toBe('older');
      expect(await strayFiles()).toEqual([]);
    });
  });

  it('keeps the mode of the file it replaces', async () => {
    await writeFile(target, ORIGINAL);
    await chmod(target, 0o600);
    await writeFileAtomic(target, 'secret', { backup: true });
    expect((await stat(target)).mode & 0o777).toBe(0o600);
    await chmod(target, 0o640);
    await writeFileAtomic(target, 'shared');
    expect((await stat(target)).mode & 0o777).toBe(0o640);
    // Bits the umask would drop from a newly created file (group and others may write).
    await chmod(target, 0o666);
    await writeFileAtomic(target, 'open to all');
    expect((await stat(target)).mode & 0o777).toBe(0o666);
  });

  it('writes through a symlink to the file it points to, keeping the link', async () => {
    const real = join(folder, 'real.transition');
    await writeFile(real, ORIGINAL);
    await symlink(real, target);
    const result = await writeFileAtomic(target, 'through the link', { backup: true });
    expect(result).toEqual({ path: real, bytes: 16, backupPath: `${real}.bak` });
    expect(await readlink(target)).toBe(real);
    expect(await readFile(real, 'utf8')).toBe('through the link');
    expect(await readFile(`${real}.bak`, 'utf8')).toBe(ORIGINAL);
  });

  describe('concurrent saves', () => {
    it('of one file land in call order, the last call wins, and nothing is left over', async () => {
      await writeFile(target, ORIGINAL);
      const finished: number[] = [];
      const saves = Array.from({ length: 100 }, (_, i) =>
        writeFileAtomic(target, `{"save":${i + 1},"padding":"${'p'.repeat(i * 97)}"}`, {
          backup: true,
        }).then(() => finished.push(i + 1)),
      );
      expect(atomicWritesInFlight()).toBe(1);
      await Promise.all(saves);
      expect(finished).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
      expect(JSON.parse(await readFile(target, 'utf8'))).toMatchObject({ save: 100 });
      expect(JSON.parse(await readFile(`${target}.bak`, 'utf8'))).toMatchObject({ save: 99 });
      expect(await strayFiles()).toEqual([]);
      await settleAtomicWrites();
      expect(atomicWritesInFlight()).toBe(0); // the map of chains does not grow forever
    });

    it('continue after one of them fails', async () => {
      const first = writeFileAtomic(target, 'first');
      const failing = writeFileAtomic(target, 'failing', { fs: failingAt('write', 'ENOSPC') });
      const last = writeFileAtomic(target, 'last');
      await first;
      expect((await saveError(failing)).code).toBe('ENOSPC');
      await last;
      expect(await readFile(target, 'utf8')).toBe('last');
      expect(await strayFiles()).toEqual([]);
    });

    it('of different files do not wait for each other', async () => {
      let release = (): void => undefined;
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      const slowFs: AtomicWriteFs = {
        ...realFs,
        async open(path, flags, mode) {
          if (basename(path).startsWith('.slow.transition')) await gate;
          return realFs.open(path, flags, mode);
        },
      };
      const slow = writeFileAtomic(join(folder, 'slow.transition'), 'slow', { fs: slowFs });
      await writeFileAtomic(target, 'fast');
      expect(await readFile(target, 'utf8')).toBe('fast');
      expect(atomicWritesInFlight()).toBe(1);
      release();
      await slow;
      expect(await readFile(join(folder, 'slow.transition'), 'utf8')).toBe('slow');
    });
  });
});

describe('AtomicWriteError', () => {
  it.each([
    ['ENOSPC', 'the disk is full'],
    ['EACCES', 'permission was denied'],
    ['EPERM', 'permission was denied'],
    ['ENOENT', 'the folder it goes in no longer exists (it may have been moved or deleted)'],
    ['EROFS', 'the disk is read-only'],
    ['EISDIR', 'there is a folder with that name'],
    ['EDQUOT', 'your disk quota is used up'],
    ['EMFILE', 'too many files are open; close some and try again'],
    ['EWHATEVER', 'the system reported an unexpected error (EWHATEVER)'],
  ])('turns %s into one plain sentence', (code, reason) => {
    const error = AtomicWriteError.from('/plans/q3.transition', errno(code));
    expect(error.message).toBe(`Could not save "q3.transition": ${reason}.`);
    expect(error.code).toBe(code);
    expect(error.name).toBe('AtomicWriteError');
  });

  it('uses "unknown" when the error has no code', () => {
    const error = AtomicWriteError.from('/plans/q3.transition', new TypeError('boom'));
    expect(error.code).toBe('unknown');
    expect(error.message).toBe('Could not save "q3.transition": an unexpected error occurred.');
  });
});
