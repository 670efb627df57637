import {
  lstat,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  symlink,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InvokeChannel } from '../../../core/contract/ipc/channels';
import type { IpcResult, RequestOf, ResponseOf } from '../../../core/contract/ipc/contract';
import type { Plan } from '../../../core/plan/schema';
import { serializePlan } from '../../../core/plan/serialize';
import { dispatchInvoke } from '../../../electron/main/ipc/dispatch';
import { createHandlers, type HandlerTable } from '../../../electron/main/ipc/handlers';
import { createTestMainServices, type TestMainServices } from '../../support/main-services';
import { loadSeedPlan } from '../../support/seed';

/** What a save guards against besides conflicts: size, symlinks, and killed writers' leftovers. */

let work: string;
let plans: string;
let main: TestMainServices;
let handlers: HandlerTable;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'save-guards-'));
  plans = join(work, 'plans');
  await mkdir(plans);
  await mkdir(join(work, 'user-data'));
  main = await createTestMainServices({ userDataDir: join(work, 'user-data') });
  handlers = createHandlers(main.services);
});
afterEach(async () => {
  main.documents.watcher.stop();
  await rm(work, { recursive: true, force: true });
});

async function call<C extends InvokeChannel>(channel: C, request: RequestOf<C>) {
  return (await dispatchInvoke(handlers, channel, request, { trusted: true })) as IpcResult<
    ResponseOf<C>
  >;
}

async function openGranted(path: string): Promise<string> {
  const answer = await call('openDroppedFile', { droppedPath: path });
  if (!answer.ok || answer.value.document.source.kind !== 'file') throw new Error('not opened');
  return answer.value.document.source.grant;
}

const retitled = (title: string): Plan => ({ ...loadSeedPlan(), title });

describe('saving', () => {
  it('refuses a plan over the 50 MB open limit with a sentence, and the file stays as it was', async () => {
    const path = join(plans, 'big.transition');
    await writeFile(path, serializePlan(loadSeedPlan()));
    const before = await readFile(path);
    const grant = await openGranted(path);
    const huge = { ...loadSeedPlan(), notes: 'x'.repeat(51 * 1024 * 1024) };
    const answer = await call('savePlan', { grant, plan: huge });
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'save-failed',
        message: expect.stringMatching(
          /^Could not save "big\.transition": it is 51\.\d MB, larger than the 50\.0 MB a plan may have\. The plan is still open and nothing on disk was changed\.$/u,
        ) as unknown,
      },
    });
    expect(await readFile(path)).toEqual(before);
    expect(await readdir(plans)).toEqual(['big.transition']);
  });

  it('saves through a symlink into the file it points to, and the link stays a link', async () => {
    const real = join(plans, 'real.transition');
    const link = join(plans, 'link.transition');
    await writeFile(real, serializePlan(retitled('Before')));
    await symlink(real, link);
    const grant = await openGranted(link);
    const answer = await call('savePlan', { grant, plan: retitled('After') });
    expect(answer).toMatchObject({ ok: true, value: { saved: { source: { path: link } } } });
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(JSON.parse(await readFile(real, 'utf8'))).toMatchObject({ title: 'After' });
    // A second save through the link is no conflict: main knows the version it wrote.
    expect(await call('savePlan', { grant, plan: retitled('Again') })).toMatchObject({
      ok: true,
      value: { saved: {} },
    });
    expect(JSON.parse(await readFile(real, 'utf8'))).toMatchObject({ title: 'Again' });
  });

  it('clears the folder of the app’s own stale temp files, and nothing else', async () => {
    const path = join(plans, 'plan.transition');
    await writeFile(path, serializePlan(loadSeedPlan()));
    const grant = await openGranted(path);
    const hourAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    const stale = [
      '.plan.transition.4242.0123456789ab.tmp',
      '.other plan.transition.bak.4243.ba9876543210.tmp',
    ];
    const kept = [
      '.notes.txt.4244.0123456789ab.tmp.keep',
      'plan.transition.4245.0123456789ab.tmp',
      '.fresh.transition.4246.abcdefabcdef.tmp',
      'user notes.tmp',
    ];
    for (const name of [...stale, ...kept]) {
      await writeFile(join(plans, name), 'leftover');
      if (name !== '.fresh.transition.4246.abcdefabcdef.tmp') {
        await utimes(join(plans, name), hourAgo, hourAgo);
      }
    }
    expect(await call('savePlan', { grant, plan: retitled('Saved') })).toMatchObject({ ok: true });
    expect((await readdir(plans)).sort()).toEqual(
      ['plan.transition', 'plan.transition.bak', ...kept].sort(),
    );
  });
});
