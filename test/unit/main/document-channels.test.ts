import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InvokeChannel, SendChannel } from '../../../core/contract/ipc/channels';
import type { IpcResult, RequestOf, ResponseOf } from '../../../core/contract/ipc/contract';
import type { Plan } from '../../../core/plan/schema';
import { serializePlan } from '../../../core/plan/serialize';
import { dispatchInvoke, dispatchSend } from '../../../electron/main/ipc/dispatch';
import {
  createHandlers,
  createMessageHandlers,
  type HandlerTable,
} from '../../../electron/main/ipc/handlers';
import { createTestMainServices, type TestMainServices } from '../../support/main-services';
import { loadSeedPlan } from '../../support/seed';

/**
 * The document channels as the renderer reaches them: through the contract's validation in
 * dispatchInvoke, against real files and a real app database in temp folders.
 */
let work: string;
let plans: string;
let main: TestMainServices;
let handlers: HandlerTable;
const started: TestMainServices[] = [];

async function start(
  options: { open?: (string | undefined)[]; save?: (string | undefined)[] } = {},
) {
  main = await createTestMainServices({
    userDataDir: join(work, 'user-data'),
    openDialogAnswers: options.open ?? [],
    saveDialogAnswers: options.save ?? [],
  });
  started.push(main);
  handlers = createHandlers(main.services);
}

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'document-channels-'));
  plans = join(work, 'plans');
  await mkdir(plans);
  await mkdir(join(work, 'user-data'));
  await start();
});
afterEach(async () => {
  for (const services of started.splice(0)) services.documents.watcher.stop();
  await rm(work, { recursive: true, force: true });
});

async function call<C extends InvokeChannel>(
  channel: C,
  request?: RequestOf<C>,
): Promise<IpcResult<ResponseOf<C>>> {
  return (await dispatchInvoke(handlers, channel, request, { trusted: true })) as IpcResult<
    ResponseOf<C>
  >;
}

async function value<C extends InvokeChannel>(
  channel: C,
  request?: RequestOf<C>,
): Promise<ResponseOf<C>> {
  const result = await call(channel, request);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value;
}

async function planFile(name: string, plan: Plan = loadSeedPlan()): Promise<string> {
  const path = join(plans, name);
  await writeFile(path, serializePlan(plan));
  return path;
}

function retitled(title: string): Plan {
  return { ...loadSeedPlan(), title };
}

/** Opens a file the way a dropped file arrives: the preload's path, answered with a grant. */
async function openAt(path: string) {
  const { document } = await value('openDroppedFile', { droppedPath: path });
  if (document.source.kind !== 'file' || !document.source.stamp) throw new Error('no stamp');
  return { document, stamp: document.source.stamp, grant: document.source.grant };
}

describe('open', () => {
  it('opens a dropped or OS-passed file by path, with its stamp, and records it as recent', async () => {
    const path = await planFile('payments.transition');
    const { document, stamp } = await openAt(path);
    expect(document.source).toMatchObject({ kind: 'file', name: 'payments.transition', path });
    expect(stamp.sha256).toMatch(/^[0-9a-f]{64}$/u);
    expect((await value('listRecentFiles')).files.map((f) => f.path)).toEqual([path]);
    expect(
      main
        .eventsOf('recentFilesChanged')
        .at(-1)
        ?.files.map((f) => f.path),
    ).toEqual([path]);
  });

  it('opens through the Open dialog and records the file', async () => {
    const path = await planFile('dialog.transition');
    await start({ open: [path] });
    const { document } = await value('openPlan');
    expect(document?.source).toMatchObject({ kind: 'file', path });
    expect((await value('listRecentFiles')).files[0]?.path).toBe(path);
  });

  it('refuses a relative path', async () => {
    const result = await call('openDroppedFile', { droppedPath: 'plans/payments.transition' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'file-unreadable',
        message: expect.stringContaining('full location') as unknown,
      },
    });
  });

  it('drops a recent file that is gone, says so, and tells the menu', async () => {
    const kept = await planFile('kept.transition');
    const gone = await planFile('gone.transition');
    await openAt(kept);
    const { grant } = await openAt(gone);
    await rm(gone);
    const result = await call('openRecent', { grant });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'file-unreadable',
        message:
          'Could not open "gone.transition": the file does not exist (it may have been moved or deleted). It was removed from the recent files.',
      },
    });
    expect((await value('listRecentFiles')).files.map((f) => f.path)).toEqual([kept]);
    expect(
      main
        .eventsOf('recentFilesChanged')
        .at(-1)
        ?.files.map((f) => f.path),
    ).toEqual([kept]);
  });

  it('keeps a file deleted behind its back in the list, marked missing, with its plan title', async () => {
    const a = await planFile('a.transition');
    const b = await planFile('b.transition');
    await openAt(a);
    await openAt(b);
    await rm(a);
    const listed = (await value('listRecentFiles')).files;
    expect(listed.map((f) => [f.name, f.missing])).toEqual([
      ['b.transition', false],
      ['a.transition', true],
    ]);
    expect(listed[0]?.title).toBe((await openAt(b)).document.plan.title);
    await start();
    expect((await value('listRecentFiles')).files.map((f) => [f.name, f.missing])).toEqual([
      ['b.transition', false],
      ['a.transition', true],
    ]);
  });
});

describe('save', () => {
  it('saves, keeps a backup, and a reopen shows the edit', async () => {
    const path = await planFile('payments.transition');
    const before = await readFile(path, 'utf8');
    const { grant } = await openAt(path);
    const outcome = await value('savePlan', { grant, plan: retitled('Payments go-live, week 12') });
    if (!('saved' in outcome)) throw new Error('expected a save');
    expect(outcome.saved.backupPath).toBe(`${path}.bak`);
    expect(await readFile(`${path}.bak`, 'utf8')).toBe(before);
    expect((await openAt(path)).document.plan.title).toBe('Payments go-live, week 12');
  });

  it('saves without a backup once backups are turned off in the settings', async () => {
    const path = await planFile('payments.transition');
    const { grant } = await openAt(path);
    expect((await value('updateSettings', { backups: false })).backups).toBe(false);
    const outcome = await value('savePlan', { grant, plan: retitled('x') });
    expect(outcome).toMatchObject({ saved: { source: { path } } });
    expect('saved' in outcome && outcome.saved.backupPath).toBeUndefined();
    expect(await readdir(plans)).toEqual(['payments.transition']);
  });

  it('answers a typed conflict when another program changed the file, and overwrite wins', async () => {
    const path = await planFile('payments.transition');
    const { grant } = await openAt(path);
    await writeFile(path, serializePlan(retitled('Their version')));
    const outcome = await value('savePlan', { grant, plan: retitled('Mine') });
    expect(outcome).toEqual({
      conflict: {
        reason: 'changed',
        path,
        name: 'payments.transition',
        message: '"payments.transition" was changed by another program since it was opened.',
      },
    });
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ title: 'Their version' });
    const forced = await value('savePlan', { grant, plan: retitled('Mine'), overwrite: true });
    expect('saved' in forced).toBe(true);
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ title: 'Mine' });
  });

  it('answers a deleted conflict when the file is gone', async () => {
    const path = await planFile('payments.transition');
    const { grant } = await openAt(path);
    await rm(path);
    expect(await value('savePlan', { grant, plan: retitled('Mine') })).toMatchObject({
      conflict: { reason: 'deleted' },
    });
  });

  it('says why a save failed in a sentence, and the original is intact', async () => {
    const path = await planFile('payments.transition');
    const before = await readFile(path);
    const { grant } = await openAt(path);
    await mkdir(`${path}.bak`);
    await writeFile(join(`${path}.bak`, 'keep'), 'a folder in the way of the backup');
    const result = await call('savePlan', { grant, plan: retitled('Mine') });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'save-failed',
        message: expect.stringMatching(
          /^Could not save "payments\.transition": .+\. The plan is still open and nothing on disk was changed\.$/u,
        ) as unknown,
      },
    });
    expect(await readFile(path)).toEqual(before);
  });

  it('refuses a plan that breaks the schema before touching the file', async () => {
    const path = await planFile('payments.transition');
    const { grant } = await openAt(path);
    const before = await readFile(path);
    const bad = {
      ...loadSeedPlan(),
      packagedPlan: { deliveries: [{ id: 'd', name: 'D', date: '2027-02-30', items: [] }] },
    };
    const result = await call('savePlan', { grant, plan: bad });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await readFile(path)).toEqual(before);
  });

  it('lands 100 concurrent saves in order: every one resolves and the last is on disk', async () => {
    const path = await planFile('payments.transition');
    const { grant } = await openAt(path);
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        call('savePlan', { grant, plan: retitled(`Save ${String(i)}`) }),
      ),
    );
    expect(results.every((r) => r.ok && 'saved' in r.value)).toBe(true);
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ title: 'Save 99' });
    expect(JSON.parse(await readFile(`${path}.bak`, 'utf8'))).toMatchObject({ title: 'Save 98' });
    expect((await readdir(plans)).sort()).toEqual([
      'payments.transition',
      'payments.transition.bak',
    ]);
  }, 30_000);
});

describe('save as', () => {
  it('writes the new file and never the original, which stays byte for byte the same', async () => {
    const original = await planFile('payments.transition');
    const before = await readFile(original);
    const copy = join(plans, 'payments v2.transition');
    await start({ save: [copy] });
    const { stamp, grant } = await openAt(original);
    const outcome = await value('savePlanAs', {
      plan: retitled('Payments v2'),
      suggestedName: 'payments.transition',
      near: grant,
    });
    expect(outcome).toMatchObject({
      saved: { source: { kind: 'file', path: copy, name: 'payments v2.transition' } },
    });
    expect(await readFile(original)).toEqual(before);
    expect(JSON.parse(await readFile(copy, 'utf8'))).toMatchObject({ title: 'Payments v2' });
    expect((await readdir(plans)).sort()).toEqual([
      'payments v2.transition',
      'payments.transition',
    ]);
    expect(main.saveDialogSuggestions).toEqual([{ name: 'payments.transition', folder: plans }]);
    expect((await value('listRecentFiles')).files.map((f) => f.path)).toEqual([copy, original]);
    expect(stamp.sha256).toHaveLength(64);
  });

  it('to the original’s own path is just a save, with its backup', async () => {
    const original = await planFile('payments.transition');
    const before = await readFile(original, 'utf8');
    await start({ save: [original] });
    await openAt(original);
    const outcome = await value('savePlanAs', { plan: retitled('Same place'), suggestedName: 'x' });
    expect(outcome).toMatchObject({
      saved: { source: { path: original }, backupPath: `${original}.bak` },
    });
    expect(JSON.parse(await readFile(original, 'utf8'))).toMatchObject({ title: 'Same place' });
    expect(await readFile(`${original}.bak`, 'utf8')).toBe(before);
  });

  it('adds .transition to a name typed without one, and never replaces a file it did not ask about', async () => {
    const existing = await planFile('notes.transition');
    const before = await readFile(existing);
    await start({ save: [join(plans, 'fresh'), join(plans, 'notes')] });
    expect(
      await value('savePlanAs', { plan: retitled('Fresh'), suggestedName: 'x' }),
    ).toMatchObject({
      saved: { source: { name: 'fresh.transition' } },
    });
    expect(
      await value('savePlanAs', { plan: retitled('Clash'), suggestedName: 'x' }),
    ).toMatchObject({
      conflict: { reason: 'changed', name: 'notes.transition' },
    });
    expect(await readFile(existing)).toEqual(before);
  });

  it('does nothing when the dialog is cancelled', async () => {
    await start({ save: [undefined] });
    expect(await value('savePlanAs', { plan: retitled('x'), suggestedName: 'x' })).toEqual({
      cancelled: true,
    });
    expect(await readdir(plans)).toEqual([]);
  });
});

describe('crash-recovery snapshots', () => {
  const openedAt = '2026-11-27T09:00:00.000Z';

  it('keeps unsaved edits across a restart and restores them with their file and stamp', async () => {
    const path = await planFile('payments.transition');
    const { stamp, grant } = await openAt(path);
    const edited = serializePlan(retitled('Unsaved edits'));
    const { savedAt } = await value('putSnapshot', {
      id: 'doc-1',
      title: 'Unsaved edits',
      source: { kind: 'file', name: 'payments.transition', grant },
      planText: edited,
      openedAt,
    });
    await start(); // as after a crash: a fresh main process on the same userData
    const { snapshots } = await value('listRecoverableSnapshots');
    const kept = { kind: 'file', name: 'payments.transition', path };
    expect(snapshots).toEqual([
      { id: 'doc-1', title: 'Unsaved edits', source: kept, savedAt, openedAt },
    ]);
    const restored = await value('restoreSnapshot', { id: 'doc-1' });
    expect(restored.document.plan.title).toBe('Unsaved edits');
    // The restored document names its file by a new grant of this process, with the old stamp.
    expect(restored.document.source).toEqual({
      ...kept,
      grant: expect.stringMatching(/^[0-9a-f-]{36}$/u) as unknown,
      stamp,
    });
    expect(await value('discardSnapshot', { id: 'doc-1' })).toEqual({ discarded: true });
    await start();
    expect((await value('listRecoverableSnapshots')).snapshots).toEqual([]);
  });

  it('keeps snapshots of untitled plans, newest first', async () => {
    for (const [id, title] of [
      ['a', 'First'],
      ['b', 'Second'],
    ] as const) {
      await value('putSnapshot', {
        id,
        title,
        source: { kind: 'new', name: 'Untitled' },
        planText: serializePlan(retitled(title)),
        openedAt,
      });
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const { snapshots } = await value('listRecoverableSnapshots');
    expect(snapshots.map((s) => s.title)).toEqual(['Second', 'First']);
  });

  it('says so when a snapshot is gone or no longer reads as a plan', async () => {
    expect(await call('restoreSnapshot', { id: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    await value('putSnapshot', {
      id: 'broken',
      title: 'Broken',
      source: { kind: 'new', name: 'Untitled' },
      planText: '{"format":"transition-studio.plan"',
      openedAt,
    });
    expect(await call('restoreSnapshot', { id: 'broken' })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-plan',
        message: 'The unsaved copy of "Broken" could not be read back.',
      },
    });
  });

  it('refuses ids that could name anything but a snapshot', async () => {
    expect(await call('discardSnapshot', { id: '../app-data' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });
});

describe('settings, window state and start-up', () => {
  it('answers the settings and validates a patch', async () => {
    expect((await value('getSettings')).theme).toBe('system');
    expect(
      await call('updateSettings', { theme: 'neon' } as unknown as RequestOf<'updateSettings'>),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    await value('updateSettings', { vocabulary: 'itil3', exportDefaults: { padding: 32 } });
    await start();
    const settings = await value('getSettings');
    expect(settings.vocabulary).toBe('itil3');
    expect(settings.exportDefaults.padding).toBe(32);
  });

  it('passes the document state to the window and watches its file', async () => {
    const path = await planFile('payments.transition');
    const { grant } = await openAt(path);
    const state = { name: 'payments.transition', dirty: true, grant };
    const messages = createMessageHandlers(main.services);
    const send = (channel: SendChannel, message: unknown) =>
      dispatchSend(messages, channel, message, { trusted: true });
    expect(send('reportDocumentState', state)).toBe(true);
    expect(main.documentStates).toEqual([
      { name: 'payments.transition', dirty: true, path, undo: null, redo: null },
    ]);
    expect(main.documents.watcher.watchedPath).toBe(path);
    expect(send('reportDocumentState', { ...state, grant: null })).toBe(true);
    expect(main.documents.watcher.watchedPath).toBeUndefined();
    // What Undo and Redo would do reaches the window, for the Edit menu.
    expect(send('reportDocumentState', { ...state, undo: 'Rename stream', redo: null })).toBe(true);
    expect(main.documentStates.at(-1)).toMatchObject({ undo: 'Rename stream', redo: null });
    expect(send('reportDocumentState', { ...state, undo: 'x'.repeat(201) })).toBe(false);
  });

  it('passes the close answer on', () => {
    const messages = createMessageHandlers(main.services);
    expect(
      dispatchSend(messages, 'answerCloseRequest', { proceed: false }, { trusted: true }),
    ).toBe(true);
    expect(
      dispatchSend(messages, 'answerCloseRequest', { proceed: 'yes' }, { trusted: true }),
    ).toBe(false);
    expect(main.closeAnswers).toEqual([false]);
  });

  it('tells the page once that the app database was reset', async () => {
    await writeFile(join(work, 'user-data', 'app-data.json'), '{ this is not json');
    await start();
    const first = await value('takeStartupState');
    expect(first.notices).toHaveLength(1);
    expect(first.notices[0]?.message).toContain('default settings');
    expect((await value('takeStartupState')).notices).toEqual([]);
  });
});
