import { chmod, mkdir, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IpcResult, ResponseOf } from '../../../core/contract/ipc/contract';
import { describeProblem } from '../../../core/plan/problems';
import { MAX_PROBLEMS_SHOWN } from '../../../electron/main/documents/document-files';
import { dispatchInvoke } from '../../../electron/main/ipc/dispatch';
import { createHandlers, type HandlerTable } from '../../../electron/main/ipc/handlers';
import { MAX_PLAN_FILE_BYTES } from '../../../io/plan-file';
import { createTestMainServices, type TestMainServices } from '../../support/main-services';
import { asUnprivileged, openToUnprivileged } from '../../support/unprivileged';

/**
 * Every file of the bad-file corpus (test/fixtures/bad, made by make-corpus.mjs), plus the
 * cases a repository cannot hold, opened through the main process's handler table as the
 * renderer would: the answer is an error whose message names the file and says what is wrong,
 * with the first problems listed, and never a document.
 */
const corpusDir = resolve(import.meta.dirname, '../../fixtures/bad');
const manifest = JSON.parse(await readFile(join(corpusDir, 'manifest.json'), 'utf8')) as Record<
  string,
  string
>;

let work: string;
let main: TestMainServices;
let handlers: HandlerTable;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bad-files-'));
  await mkdir(join(work, 'user-data'));
  main = await createTestMainServices({ userDataDir: join(work, 'user-data') });
  handlers = createHandlers(main.services);
});
afterAll(async () => {
  main.documents.watcher.stop();
  await rm(work, { recursive: true, force: true });
});

type OpenAnswer = IpcResult<ResponseOf<'openFile'>>;

/** Opens a file as one the operating system passed to the app: main grants it, the page opens it. */
async function openPath(path: string): Promise<OpenAnswer> {
  const { grant } = main.documents.grants.issue(path);
  return (await dispatchInvoke(handlers, 'openFile', { grant }, { trusted: true })) as OpenAnswer;
}

/** Checks the refusal a user would see, and returns its text (message and problems). */
function expectRefusal(answer: OpenAnswer, fileName: string, fragment: string): string {
  if (answer.ok) throw new Error(`${fileName} was opened as a document`);
  const { code, message, problems = [] } = answer.error;
  expect(['invalid-plan', 'file-unreadable']).toContain(code);
  expect(message, 'the message names the file').toContain(`"${fileName}"`);
  expect(message).toMatch(/\.$/u);
  if (code === 'invalid-plan') expect(problems.length).toBeGreaterThan(0);
  expect(problems.length).toBeLessThanOrEqual(MAX_PROBLEMS_SHOWN + 1);
  const text = [message, ...problems.map(describeProblem)].join('\n');
  expect(text).toContain(fragment);
  return text;
}

describe('the bad-file corpus', () => {
  const names = Object.keys(manifest);

  it('has at least 60 files, each with the fragment its message must contain', () => {
    expect(names.length).toBeGreaterThanOrEqual(60);
    for (const fragment of Object.values(manifest)) expect(fragment.length).toBeGreaterThan(8);
  });

  it.each(names)('%s is refused with a sentence naming it', async (name) => {
    const fragment = manifest[name] ?? '';
    expectRefusal(await openPath(join(corpusDir, name)), name, fragment);
  });

  it('lists the first problems of a file with hundreds, and counts the rest', async () => {
    const answer = await openPath(join(corpusDir, 'many-problems.transition'));
    expectRefusal(answer, 'many-problems.transition', 'must be between 0 and 100');
    const problems = answer.ok ? [] : (answer.error.problems ?? []);
    expect(problems).toHaveLength(MAX_PROBLEMS_SHOWN + 1);
    expect(problems[0]?.path).toBe('packagedPlan.deliveries[0].items[0].targetPercent');
    expect(problems.at(-1)?.message).toBe('…and 280 more problems');
  });

  it('records none of them as a recent file', async () => {
    expect((await handlers.listRecentFiles(undefined)).files).toEqual([]);
  });
});

describe('bad paths made at test time', () => {
  it('refuses a sparse file over 50 MB by its size, before reading it', async () => {
    const path = join(work, 'huge.transition');
    await writeFile(path, '');
    await truncate(path, MAX_PLAN_FILE_BYTES + 1);
    expectRefusal(
      await openPath(path),
      'huge.transition',
      'larger than the 50.0 MB a plan may have',
    );
  });

  it('refuses a folder', async () => {
    const path = join(work, 'folder.transition');
    await mkdir(path);
    expectRefusal(await openPath(path), 'folder.transition', 'it is a folder, not a plan file');
  });

  it('refuses a missing file', async () => {
    expectRefusal(
      await openPath(join(work, 'gone.transition')),
      'gone.transition',
      'the file does not exist',
    );
  });

  it('refuses a path through a file', async () => {
    const file = join(work, 'plain.txt');
    await writeFile(file, 'x');
    expectRefusal(
      await openPath(join(file, 'inside.transition')),
      'inside.transition',
      'part of its path is a file, not a folder',
    );
  });

  // Root reads any file whatever its mode: the open runs as an ordinary user.
  it('refuses a file without read permission', async () => {
    const path = join(work, 'locked.transition');
    await writeFile(path, await readFile(join(corpusDir, '../seed-plan.transition.json')));
    await chmod(path, 0o000);
    await openToUnprivileged(work);
    expectRefusal(
      await asUnprivileged(() => openPath(path)),
      'locked.transition',
      'permission was denied',
    );
  });
});

describe('files that look odd but open', () => {
  const seed = () =>
    readFile(join(corpusDir, '../seed-plan.transition.json'), 'utf8').then(
      (text) => JSON.parse(text) as Record<string, unknown>,
    );

  it('opens a plan that starts with a UTF-8 byte order mark', async () => {
    const path = join(work, 'bom.transition');
    await writeFile(path, `\uFEFF${JSON.stringify(await seed())}`);
    expect((await openPath(path)).ok).toBe(true);
  });

  // Cross-references are the editor's to show (readiness findings), so the user can fix them
  // in the app instead of by hand: a stream naming a missing item or an unknown role opens.
  it('opens a plan whose stream names an unknown role and an item that is gone', async () => {
    const plan = await seed();
    plan.streamDesign = {
      streams: [
        {
          id: 's1',
          name: 'Code objects',
          cadence: { kind: 'daily' },
          roles: ['chief-vibes-officer'],
          sourceItemIds: ['fr-a', 'fr-zz'],
        },
      ],
    };
    const path = join(work, 'stale-trace.transition');
    await writeFile(path, JSON.stringify(plan));
    const answer = await openPath(path);
    expect(answer.ok && answer.value.document.plan.streamDesign?.streams[0]?.roles).toEqual([
      'chief-vibes-officer',
    ]);
  });
});
