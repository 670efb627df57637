import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../core/contract/app-data/settings';
import { DEFAULT_APP_DATA, openAppDatabase } from '../../../io/app-database';
import { AppStore } from '../../../io/app-store';

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
    const { store } = await AppStore.open(dbPath);
    await store.saveWindowState({
      bounds: { x: 10, y: 20, width: 1000, height: 700 },
      maximized: false,
    });
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

  it('migrates a version 1 file to version 2 and loses nothing', async () => {
    const v1 = {
      version: 1,
      window: { bounds: { x: 40, y: 30, width: 1200, height: 800 }, maximized: true },
      recentFiles: [
        { path: '/plans/a.transition', name: 'a.transition', openedAt: '2026-11-01T10:00:00Z' },
        { path: '/plans/b.json', name: 'b.json', openedAt: '2026-10-01T10:00:00Z' },
      ],
      // Written by some other tool or a later feature: kept as it is.
      pinnedViews: ['streams'],
    };
    await writeFile(dbPath, JSON.stringify(v1));
    const opened = await openAppDatabase(dbPath);
    expect(opened.migratedFrom).toBe(1);
    expect(opened.notices).toEqual([]);
    expect(opened.db.data).toEqual({
      version: 2,
      window: v1.window,
      recentFiles: v1.recentFiles,
      pinnedViews: ['streams'],
      settings: DEFAULT_SETTINGS,
      snapshots: [],
      recoveryEvictions: [],
    });
    await opened.db.adapter.write(opened.db.data);
    const onDisk = JSON.parse(await readFile(dbPath, 'utf8')) as Record<string, unknown>;
    expect(onDisk).toMatchObject({ version: 2, window: v1.window, pinnedViews: ['streams'] });
    expect((await openAppDatabase(dbPath)).migratedFrom).toBeUndefined();
  });

  it('takes a file without a version for version 1', async () => {
    const recent = [{ path: '/p/x.transition', name: 'x.transition', openedAt: '2026-01-01' }];
    await writeFile(dbPath, JSON.stringify({ recentFiles: recent }));
    const opened = await openAppDatabase(dbPath);
    expect(opened.migratedFrom).toBe(1);
    expect(opened.db.data.recentFiles).toEqual(recent);
  });

  it.each([
    ['a number', '42'],
    ['a list', '[1, 2]'],
    ['null', 'null'],
    ['a string', '"settings"'],
  ])('moves a file holding %s aside and says so once', async (_label, content) => {
    await writeFile(dbPath, content);
    const now = new Date('2026-11-27T10:15:30.000Z');
    const opened = await openAppDatabase(dbPath, now);
    expect(opened.db.data).toEqual(DEFAULT_APP_DATA);
    expect(opened.recoveredFrom?.reason).toBe('it does not hold the app’s data');
    expect(opened.notices).toHaveLength(1);
    expect(opened.notices[0]?.message).toContain('.corrupt');
    expect(await readFile(`${dbPath}.2026-11-27T10-15-30-000Z.corrupt`, 'utf8')).toBe(content);
  });

  it('tells the user about a corrupt file in a sentence naming the copy', async () => {
    await writeFile(dbPath, '{"version": 2, "settings": {');
    const opened = await openAppDatabase(dbPath, new Date('2026-11-27T10:15:30.000Z'));
    expect(opened.recoveredFrom?.reason).toMatch(/^it is not valid JSON \(.+\)$/u);
    expect(opened.notices).toEqual([
      {
        level: 'warning',
        title: 'Settings were reset',
        message: `Transition Studio’s settings file could not be used (it is damaged), so the app started with default settings and no recent files. The old file was kept as ${dbPath}.2026-11-27T10-15-30-000Z.corrupt.`,
      },
    ]);
  });

  it('keeps a copy of a file from a newer version and uses what it understands', async () => {
    const newer = {
      version: 3,
      settings: { ...DEFAULT_SETTINGS, theme: 'dark', layout: 'compact' },
      recentFiles: [{ path: '/p/n.transition', name: 'n.transition', openedAt: '2026-01-01' }],
      snapshots: [],
      workspaces: [{ id: 'w1' }],
    };
    await writeFile(dbPath, JSON.stringify(newer));
    const now = new Date('2026-11-27T10:15:30.000Z');
    const opened = await openAppDatabase(dbPath, now);
    const copy = `${dbPath}.v3.2026-11-27T10-15-30-000Z.bak`;
    expect(opened.newerVersion).toEqual({ version: 3, copiedTo: copy });
    expect(JSON.parse(await readFile(copy, 'utf8'))).toEqual(newer);
    expect(opened.db.data.settings.theme).toBe('dark');
    expect(opened.db.data.recentFiles).toEqual(newer.recentFiles);
    expect(opened.notices[0]?.message).toContain('newer version');
  });

  it('keeps the good entries and settings of a damaged file, dropping only the bad ones', async () => {
    await writeFile(
      dbPath,
      JSON.stringify({
        version: 2,
        settings: {
          theme: 'purple',
          vocabulary: 'itil3',
          backups: false,
          exportDefaults: { format: 'png', scale: 9, background: 'dark', padding: 8 },
        },
        recentFiles: [
          { path: '/p/a.transition', name: 'a.transition', openedAt: '2026-01-01' },
          { path: 42 },
          { path: '/p/b.transition', name: 'b.transition', openedAt: '2026-01-02' },
        ],
        snapshots: [{ id: 'x' }],
      }),
    );
    const { db } = await openAppDatabase(dbPath);
    expect(db.data.settings).toEqual({
      theme: 'system',
      vocabulary: 'itil3',
      backups: false,
      exportDefaults: { format: 'png', scale: 2, background: 'dark', padding: 8 },
      defaultConversionRules: null,
    });
    expect(db.data.recentFiles.map((file) => file.name)).toEqual(['a.transition', 'b.transition']);
    expect(db.data.snapshots).toEqual([]);
  });

  it('keeps a copy and says so when the version is written as text, and keeps the settings', async () => {
    const settings = { ...DEFAULT_SETTINGS, theme: 'dark', backups: false };
    const content = JSON.stringify({ version: '2', settings, recentFiles: [], snapshots: [] });
    await writeFile(dbPath, content);
    const now = new Date('2026-11-27T10:15:30.000Z');
    const opened = await openAppDatabase(dbPath, now);
    expect(opened.db.data.settings).toEqual(settings);
    const copy = `${dbPath}.2026-11-27T10-15-30-000Z.unreadable`;
    expect(await readFile(copy, 'utf8')).toBe(content);
    expect(opened.notices).toHaveLength(1);
    expect(opened.notices[0]?.message).toContain(copy);
    expect(opened.notices[0]?.message).toContain('version');
  });

  it('keeps the other snapshots when one has a bad field, and a copy of the file with it', async () => {
    const good = {
      id: 'good',
      title: 'Kept',
      source: { kind: 'new', name: 'Untitled' },
      baseStamp: null,
      planText: '{}',
      savedAt: '2026-11-27T10:00:00.000Z',
      openedAt: '2026-11-27T09:00:00.000Z',
    };
    const content = JSON.stringify({
      version: 2,
      snapshots: [good, { ...good, id: 'bad', openedAt: 12345 }],
    });
    await writeFile(dbPath, content);
    const opened = await openAppDatabase(dbPath, new Date('2026-11-27T10:15:30.000Z'));
    expect(opened.db.data.snapshots.map((record) => record.id)).toEqual(['good']);
    expect(opened.notices[0]?.message).toContain('snapshots[1]');
    expect(await readFile(`${dbPath}.2026-11-27T10-15-30-000Z.unreadable`, 'utf8')).toBe(content);
  });

  it('tells at start about a field nested too deep to save, and saves the rest after', async () => {
    const deep = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    await writeFile(
      dbPath,
      `{"version":2,"settings":{"theme":"dark"},"recentFiles":[],"snapshots":[],"deep":${deep}}`,
    );
    const { store, notices } = await AppStore.open(dbPath, new Date('2026-11-27T10:15:30.000Z'));
    expect(notices.map((notice) => notice.title)).toEqual([
      'Part of the settings could not be read',
    ]);
    await store.updateSettings({ vocabulary: 'itil4' });
    const reopened = await openAppDatabase(dbPath);
    expect(reopened.db.data.settings).toMatchObject({ theme: 'dark', vocabulary: 'itil4' });
    expect(reopened.notices).toEqual([]);
  });

  it('says at start when its data cannot be written, rather than at every later write', async () => {
    // A file where the database's folder should be: every write fails, and opening says so once.
    await writeFile(join(folder, 'not-a-folder'), '');
    const { notices } = await AppStore.open(join(folder, 'not-a-folder', 'app-data.json'));
    expect(notices.map((notice) => notice.title)).toContain('Settings cannot be saved');
  });
});
