import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InvokeChannel } from '../../../core/contract/ipc/channels';
import type { IpcResult, RequestOf, ResponseOf } from '../../../core/contract/ipc/contract';
import { describeProblem } from '../../../core/plan/problems';
import { validatePlanData } from '../../../core/plan/references';
import type { Plan } from '../../../core/plan/schema';
import { serializePlan } from '../../../core/plan/serialize';
import { dispatchInvoke } from '../../../electron/main/ipc/dispatch';
import { createHandlers, type HandlerTable } from '../../../electron/main/ipc/handlers';
import { createTestMainServices, type TestMainServices } from '../../support/main-services';
import { loadSeedPlan } from '../../support/seed';
import { withStaleTraces } from '../../support/stale-traces';

/**
 * A file the app saves always validates: the app opens a plan whose streams trace items no
 * longer in it (the user repairs it in the editor), but Save and Save As refuse to write it.
 */

let work: string;
let plans: string;
let main: TestMainServices;
let handlers: HandlerTable;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'save-validates-'));
  plans = join(work, 'plans');
  await mkdir(plans);
  await mkdir(join(work, 'user-data'));
  main = await createTestMainServices({
    userDataDir: join(work, 'user-data'),
    saveDialogAnswers: [join(plans, 'copy.transition')],
  });
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

/** The seed plan, whose first stream traces "fr-a" and the two items "gone-1" and "gone-2". */
function stalePlan(): Plan {
  return withStaleTraces(loadSeedPlan(), ['gone-1', 'gone-2']);
}

const REFUSAL =
  'Not saved: 2 problems in the plan must be fixed first. The plan is still open and nothing on disk was changed.';

describe('saving a plan validate would reject', () => {
  it('opens such a file, refuses Save with the problems in the editor’s words, and leaves the file as it was', async () => {
    const path = join(plans, 'stale.transition');
    await writeFile(path, serializePlan(stalePlan()));
    const before = await readFile(path);
    const opened = await call('openDroppedFile', { droppedPath: path });
    if (!opened.ok || opened.value.document.source.kind !== 'file') throw new Error('not opened');
    const { plan, source } = opened.value.document;
    const edited = { ...plan, title: 'Edited' };

    const answer = await call('savePlan', { grant: source.grant, plan: edited });
    if (answer.ok) throw new Error('saved a plan validate rejects');
    expect(answer.error.code).toBe('invalid-plan');
    expect(answer.error.message).toBe(REFUSAL);
    expect((answer.error.problems ?? []).map(describeProblem)).toEqual([
      'Stream "Code" › Items: "gone-1" is not an item of the packaged plan',
      'Stream "Code" › Items: "gone-2" is not an item of the packaged plan',
    ]);
    expect(answer.error.problems?.[0]?.path).toBe('streamDesign.streams[0].sourceItemIds[1]');
    expect(await readFile(path)).toEqual(before);
    expect(await readdir(plans)).toEqual(['stale.transition']);

    // Repaired (the stale traces taken out), the same save goes through and validates.
    const repaired = stalePlan();
    const stream = repaired.streamDesign?.streams[0];
    if (stream) stream.sourceItemIds = ['fr-a'];
    const saved = await call('savePlan', { grant: source.grant, plan: repaired });
    expect(saved.ok).toBe(true);
    expect(validatePlanData(JSON.parse(await readFile(path, 'utf8'))).ok).toBe(true);
  });

  it('refuses Save As before asking for a name, and writes nothing', async () => {
    const answer = await call('savePlanAs', { plan: stalePlan(), suggestedName: 'stale' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-plan', message: REFUSAL } });
    expect(main.saveDialogSuggestions).toEqual([]);
    expect(await readdir(plans)).toEqual([]);
  });

  it('still keeps a crash-recovery copy of such a plan, and restores it', async () => {
    const planText = serializePlan(stalePlan());
    const put = await call('putSnapshot', {
      id: 'doc-1',
      title: 'Stale',
      source: { kind: 'new', name: 'Untitled' },
      planText,
      openedAt: '2026-11-27T09:00:00.000Z',
    });
    expect(put.ok).toBe(true);
    const restored = await call('restoreSnapshot', { id: 'doc-1' });
    if (!restored.ok) throw new Error(restored.error.message);
    expect(restored.value.document.plan.streamDesign?.streams[0]?.sourceItemIds).toEqual([
      'fr-a',
      'gone-1',
      'gone-2',
    ]);
  });
});
