import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_APP_DATA, openAppDatabase } from '../../../io/app-database';

let folder: string;
let dbPath: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'app-db-'));
  dbPath = join(folder, 'app-data.json');
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('openAppDatabase', () => {
  it('starts from defaults when there is no file yet, and writes to disk', async () => {
    const { db, recoveredFrom } = await openAppDatabase(dbPath);
    expect(recoveredFrom).toBeUndefined();
    expect(db.data).toEqual(DEFAULT_APP_DATA);
    db.data.window = { bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: false };
    await db.write();
    const reopened = await openAppDatabase(dbPath);
    expect(reopened.db.data.window?.bounds).toEqual({ x: 10, y: 20, width: 1000, height: 700 });
  });

  it.each([
    ['corrupt JSON', '{"version": 1, "recentFiles": ['],
    ['an empty file', ''],
  ])(
    'moves %s aside as a dated .corrupt copy and starts from defaults',
    async (_label, content) => {
      await writeFile(dbPath, content);
      const now = new Date('2026-11-27T10:15:30.000Z');
      const { db, recoveredFrom } = await openAppDatabase(dbPath, now);
      expect(db.data).toEqual(DEFAULT_APP_DATA);
      expect(recoveredFrom?.movedTo).toBe(`${dbPath}.2026-11-27T10-15-30-000Z.corrupt`);
      expect(await readFile(recoveredFrom?.movedTo ?? '', 'utf8')).toBe(content);
      expect((await readdir(folder)).sort()).toEqual([
        'app-data.json.2026-11-27T10-15-30-000Z.corrupt',
      ]);
    },
  );

  it('drops a section that does not fit its schema and keeps the others', async () => {
    const recent = [{ path: '/plans/a.transition', name: 'a.transition', openedAt: '2026-11-01' }];
    await writeFile(
      dbPath,
      JSON.stringify({ version: 1, window: { bounds: 'left' }, recentFiles: recent }),
    );
    const { db } = await openAppDatabase(dbPath);
    expect(db.data.window).toBeUndefined();
    expect(db.data.recentFiles).toEqual(recent);
  });
});
