import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as AtomicWrite from '../../../io/atomic-write';

const written = vi.hoisted(() => ({ paths: [] as string[] }));

vi.mock('../../../io/atomic-write', async (importOriginal) => {
  const real = await importOriginal<typeof AtomicWrite>();
  return {
    ...real,
    writeFileAtomic: (path: string, data: string | Uint8Array) => {
      written.paths.push(path);
      return real.writeFileAtomic(path, data);
    },
  };
});

const { AppStore } = await import('../../../io/app-store');

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'app-db-file-'));
  written.paths.length = 0;
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('the app database file', () => {
  it('is written by the one durable writer for settings, window and snapshots alike', async () => {
    const path = join(folder, 'app-data.json');
    const { store } = await AppStore.open(path);
    await store.updateSettings({ theme: 'dark' });
    await store.saveWindowState({
      bounds: { x: 0, y: 0, width: 900, height: 600 },
      maximized: true,
    });
    await store.addRecentFile('/plans/a.transition');
    expect(written.paths).toEqual([path, path, path, path]);
    // No steno temp file left beside it, only the database.
    expect(await readdir(folder)).toEqual(['app-data.json']);
  });
});
