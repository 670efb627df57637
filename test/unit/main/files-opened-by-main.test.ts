import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedFile } from '../../../core/contract/ipc/contract';
import { serializePlan } from '../../../core/plan/serialize';
import { dispatchInvoke } from '../../../electron/main/ipc/dispatch';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { createTestMainServices, type TestMainServices } from '../../support/main-services';
import { loadSeedPlan } from '../../support/seed';

/**
 * Files the OS, the Open Recent menu or a second launch ask for are read and validated by main
 * (the one plan reader) and handed to the page once, as a document or a sentence: the page
 * never has to ask for them again.
 */
let work: string;
let main: TestMainServices;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'files-opened-by-main-'));
  main = await createTestMainServices({ userDataDir: work });
});
afterEach(async () => {
  main.documents.watcher.stop();
  await rm(work, { recursive: true, force: true });
});

async function planFile(name: string, title: string): Promise<string> {
  const path = join(work, name);
  await writeFile(path, serializePlan({ ...loadSeedPlan(), title }));
  return path;
}

async function takeStartupState() {
  const answer = await dispatchInvoke(
    createHandlers(main.services),
    'takeStartupState',
    undefined,
    { trusted: true },
  );
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as { fileOpened: OpenedFile | null };
}

describe('a file the OS asks the app to open', () => {
  it('is opened by main before the page is ready, and handed over once, newest first', async () => {
    const older = await planFile('older.transition', 'Older plan');
    const newer = await planFile('newer.transition', 'Newer plan');
    await main.documents.requestOpen(older);
    await main.documents.requestOpen(newer);

    const { fileOpened } = await takeStartupState();
    if (fileOpened === null || !('document' in fileOpened)) throw new Error('no document');
    expect(fileOpened.document.plan.title).toBe('Newer plan');
    expect(fileOpened.document.source).toMatchObject({ kind: 'file', path: newer });
    expect((await takeStartupState()).fileOpened).toBeNull();
    // Nothing went to the page as an event: it was not listening yet.
    expect(main.eventsOf('fileOpened')).toEqual([]);
  });

  it('goes to the page as an opened document once the page listens', async () => {
    await takeStartupState();
    const path = await planFile('q3.transition', 'Q3 plan');
    await main.documents.requestOpen(path);
    const [opened] = main.eventsOf('fileOpened');
    if (opened === undefined || !('document' in opened)) throw new Error('no document');
    expect(opened.document.plan.title).toBe('Q3 plan');
    expect(opened.document.source).toMatchObject({ kind: 'file', name: 'q3.transition' });
    expect(main.eventsOf('fileOpened')).toHaveLength(1);
  });

  it('hands over the sentence and the problems for a file that is not a valid plan', async () => {
    await takeStartupState();
    const path = join(work, 'broken.transition');
    await writeFile(path, JSON.stringify({ format: 'transition-studio.plan', schemaVersion: 2 }));
    await main.documents.requestOpen(path);
    const [opened] = main.eventsOf('fileOpened');
    if (opened === undefined || !('error' in opened)) throw new Error('expected an error');
    expect(opened.name).toBe('broken.transition');
    expect(opened.error.code).toBe('invalid-plan');
    expect(opened.error.problems?.length).toBeGreaterThan(0);
  });

  it('says so when the file is gone', async () => {
    await takeStartupState();
    await main.documents.requestOpen(join(work, 'missing.transition'));
    const [opened] = main.eventsOf('fileOpened');
    if (opened === undefined || !('error' in opened)) throw new Error('expected an error');
    expect(opened.error.code).toBe('file-unreadable');
    expect(opened.error.message).toContain('missing.transition');
  });
});
