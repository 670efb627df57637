import { chmod, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../core/contract/app-data/settings';
import { DEFAULT_CONVERSION_RULES } from '../../../core/conversion/default-rules';
import type { SnapshotRecord } from '../../../io/app-database';
import { AppStore, AppStoreWriteError } from '../../../io/app-store';
import { asUnprivileged, giveToUnprivileged, openToUnprivileged } from '../../support/unprivileged';

let folder: string;
let dbPath: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'app-store-'));
  dbPath = join(folder, 'app-data.json');
});
afterEach(async () => {
  await chmod(folder, 0o700).catch(() => undefined);
  await rm(folder, { recursive: true, force: true });
});

async function reopen(): Promise<AppStore> {
  return (await AppStore.open(dbPath)).store;
}

function snapshot(id: string, planText: string): SnapshotRecord {
  return {
    id,
    title: `Plan ${id}`,
    source: { kind: 'new', name: 'Untitled' },
    baseStamp: null,
    planText,
    savedAt: '2026-11-27T10:00:00.000Z',
    openedAt: '2026-11-27T09:00:00.000Z',
  };
}

describe('AppStore settings', () => {
  it('starts from the defaults and keeps a patch across restarts, field by field', async () => {
    const { store, notices } = await AppStore.open(dbPath);
    expect(notices).toEqual([]);
    expect(store.settings).toEqual(DEFAULT_SETTINGS);
    await store.updateSettings({ theme: 'dark', exportDefaults: { scale: 3 } });
    await store.updateSettings({ backups: false });
    const reopened = await reopen();
    expect(reopened.settings).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'dark',
      backups: false,
      exportDefaults: { ...DEFAULT_SETTINGS.exportDefaults, scale: 3 },
    });
  });

  it('keeps the user’s default rule table, and null puts the built-in one back', async () => {
    const store = await reopen();
    const rules = DEFAULT_CONVERSION_RULES.rules.slice(0, 2);
    await store.updateSettings({ defaultConversionRules: rules });
    expect((await reopen()).settings.defaultConversionRules).toEqual(rules);
    await store.updateSettings({ defaultConversionRules: null });
    expect((await reopen()).settings.defaultConversionRules).toBeNull();
  });
});

describe('AppStore recent files', () => {
  it('keeps the ten most recent, newest first, each path once', async () => {
    const store = await reopen();
    for (let i = 0; i < 12; i += 1) {
      await store.addRecentFile(`/plans/p${String(i)}.transition`, new Date(2026, 0, i + 1));
    }
    await store.addRecentFile('/plans/p5.transition', new Date(2026, 1, 1));
    const names = (await reopen()).recentFiles.map((file) => file.name);
    expect(names).toEqual([
      'p5.transition',
      'p11.transition',
      'p10.transition',
      'p9.transition',
      'p8.transition',
      'p7.transition',
      'p6.transition',
      'p4.transition',
      'p3.transition',
      'p2.transition',
    ]);
  });

  it('keeps the plan title of each file, the last one given, cut to 200 characters', async () => {
    const store = await reopen();
    await store.addRecentFile('/plans/a.transition', new Date(2026, 0, 1), 'Payments wave 1');
    await store.addRecentFile('/plans/b.transition', new Date(2026, 0, 2), 'x'.repeat(300));
    await store.addRecentFile('/plans/a.transition', new Date(2026, 0, 3));
    const files = (await reopen()).recentFiles;
    expect(files.map((file) => file.title?.length)).toEqual([15, 200]);
    expect(files[0]?.title).toBe('Payments wave 1');
  });

  it('removes the given files', async () => {
    const store = await reopen();
    await store.addRecentFile('/plans/a.transition');
    await store.addRecentFile('/plans/b.transition');
    await store.removeRecentFiles(['/plans/a.transition']);
    expect((await reopen()).recentFiles.map((file) => file.name)).toEqual(['b.transition']);
  });
});

describe('AppStore snapshots', () => {
  it('stores one snapshot per document, replaced on each put, and discards it', async () => {
    const store = await reopen();
    await store.putSnapshot(snapshot('doc-1', '{"first":true}'));
    await store.putSnapshot(snapshot('doc-2', '{"other":true}'));
    await store.putSnapshot(snapshot('doc-1', '{"second":true}'));
    const reopened = await reopen();
    expect(reopened.snapshots.map((s) => s.id)).toEqual(['doc-2', 'doc-1']);
    expect((await reopened.snapshot('doc-2'))?.planText).toBe('{"other":true}');
    expect((await reopened.snapshot('doc-1'))?.planText).toBe('{"second":true}');
    expect(await reopened.discardSnapshot('doc-1')).toBe(true);
    expect(await reopened.discardSnapshot('doc-1')).toBe(false);
    expect((await reopen()).snapshots.map((s) => s.id)).toEqual(['doc-2']);
  });

  it('keeps plan text exactly, whatever characters it holds', async () => {
    const store = await reopen();
    const text = '{"title":"Überführung \\"Q3\\" – 移行\\n\\u2028 \\ud83d\\ude80"}\n';
    await store.putSnapshot(snapshot('doc-1', text));
    expect((await (await reopen()).snapshot('doc-1'))?.planText).toBe(text);
    expect(JSON.parse(await readFile(dbPath, 'utf8'))).toMatchObject({ version: 2 });
  });

  it('keeps each copy in a file of its own, so a settings write does not rewrite plans', async () => {
    const store = await reopen();
    const big = `{"title":"${'x'.repeat(1_000_000)}"}`;
    await store.putSnapshot(snapshot('doc-1', big));
    await store.updateSettings({ theme: 'dark' });
    const database = await readFile(dbPath, 'utf8');
    expect(database.length).toBeLessThan(10_000);
    expect(await readFile(join(folder, 'recovery-copies', 'doc-1.json'), 'utf8')).toBe(big);
  });

  it('removes the oldest copies past the cap, keeps the newest, and says so at next start', async () => {
    const { store } = await AppStore.open(dbPath, new Date(), { maxRecoveryBytes: 2_500 });
    const text = 'x'.repeat(1_000);
    const at = (minute: number) => `2026-11-27T10:0${String(minute)}:00.000Z`;
    await store.putSnapshot({ ...snapshot('old', text), title: 'Oldest', savedAt: at(1) });
    await store.putSnapshot({ ...snapshot('mid', text), savedAt: at(2) });
    const { evicted } = await store.putSnapshot({ ...snapshot('new', text), savedAt: at(3) });
    expect(evicted.map((entry) => entry.id)).toEqual(['old']);
    expect(store.snapshots.map((entry) => entry.id)).toEqual(['mid', 'new']);
    expect((await readdir(join(folder, 'recovery-copies'))).sort()).toEqual([
      'mid.json',
      'new.json',
    ]);
    const { notices } = await AppStore.open(dbPath);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.message).toContain('“Oldest”');
    // Told once.
    expect((await AppStore.open(dbPath)).notices).toEqual([]);
  });

  it('moves copies a version 2 database held inline into files, losing none', async () => {
    await writeFile(
      dbPath,
      JSON.stringify({ version: 2, snapshots: [snapshot('doc-1', '{"inline":true}')] }),
    );
    const store = await reopen();
    expect((await store.snapshot('doc-1'))?.planText).toBe('{"inline":true}');
    expect(await readFile(dbPath, 'utf8')).not.toContain('inline');
  });
});

describe('AppStore failures', () => {
  it('says in a sentence when its folder cannot be written, and keeps working in memory', async () => {
    const sub = join(folder, 'locked');
    await mkdir(sub);
    const { store } = await AppStore.open(join(sub, 'app-data.json'));
    // The folder is the user's own, read-only; as root the write runs as that user.
    await giveToUnprivileged(sub);
    await openToUnprivileged(folder);
    await chmod(sub, 0o500);
    const failure = await asUnprivileged(() =>
      store.updateSettings({ theme: 'dark' }).catch((error: unknown) => error),
    );
    expect(failure).toBeInstanceOf(AppStoreWriteError);
    expect((failure as Error).message).toBe(
      'Transition Studio could not save its own data: permission was denied.',
    );
    expect(store.settings.theme).toBe('dark');
  });

  it('says in a sentence when its folder is gone', async () => {
    const sub = join(folder, 'gone');
    await mkdir(sub);
    const { store } = await AppStore.open(join(sub, 'app-data.json'));
    await rm(sub, { recursive: true });
    const failure = await store.putSnapshot(snapshot('d', '{}')).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppStoreWriteError);
    expect((failure as Error).message).toContain('could not save its own data: the folder');
  });
});
