import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  INVOKE_CHANNELS,
  SEND_CHANNELS,
  type InvokeChannel,
} from '../../../core/contract/ipc/channels';
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
 * A compromised page, played against the real handler table: 400+ malformed or hostile calls
 * over every channel. Every one must come back as a typed answer a user can read (never the
 * "failed unexpectedly" of an internal error), and no byte may change outside the file the
 * user granted and the app's own data folder.
 */

let work: string;
let granted: string;
let victims: string;
let main: TestMainServices;
let handlers: HandlerTable;
let grant: string;

function nested(depth: number, as: 'object' | 'array'): unknown {
  let value: unknown = as === 'object' ? {} : [];
  for (let level = 0; level < depth; level += 1) value = as === 'object' ? { a: value } : [value];
  return value;
}

/** Files under `root` with a digest of their bytes. */
async function listing(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else {
        const digest = createHash('sha256')
          .update(await readFile(path))
          .digest('hex');
        files.set(relative(root, path), digest);
      }
    }
  };
  await walk(root);
  return files;
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'hostile-ipc-'));
  granted = join(work, 'granted');
  victims = join(work, 'victims');
  await mkdir(granted);
  await mkdir(victims);
  await mkdir(join(work, 'user-data'));
  await writeFile(join(granted, 'plan.transition'), serializePlan(loadSeedPlan()));
  await writeFile(join(victims, 'victim.txt'), 'not a plan, must never change');
  await writeFile(join(victims, 'other.transition'), serializePlan(loadSeedPlan()));
  main = await createTestMainServices({ userDataDir: join(work, 'user-data') });
  handlers = createHandlers(main.services);
  const opened = await dispatchInvoke(
    handlers,
    'openDroppedFile',
    { droppedPath: join(granted, 'plan.transition') },
    { trusted: true },
  );
  if (!opened.ok) throw new Error(opened.error.message);
  const { document } = opened.value as { document: { source: { grant?: string } } };
  grant = document.source.grant ?? '';
});
afterAll(async () => {
  main.documents.watcher.stop();
  await rm(work, { recursive: true, force: true });
});

/** Payloads every channel gets: wrong types, forged ids and paths, pollution, deep nesting. */
function generic(): unknown[] {
  const victim = join(victims, 'victim.txt');
  return [
    undefined,
    null,
    0,
    -1,
    Number.NaN,
    '',
    'x'.repeat(100_000),
    true,
    [],
    {},
    [victim],
    { path: victim },
    { path: '/etc/passwd' },
    { path: 'a\u0000b' },
    { folder: victims },
    { grant: victim },
    { grant: '../../etc/passwd' },
    { grant: '00000000-0000-4000-8000-000000000000' },
    { grant: 'a\u0000b' },
    { droppedPath: victim },
    { droppedPath: 'relative/plan.transition' },
    { droppedPath: 'a\u0000b.transition' },
    JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}'),
    { id: '../app-data' },
    { id: 'a'.repeat(10_000) },
    { url: 'javascript:alert(1)' },
    nested(10_000, 'object'),
    nested(100_000, 'array'),
    { grant, plan: nested(10_000, 'object') },
  ];
}

/** Calls aimed at one channel: the real shapes with hostile values. */
function aimed(): [InvokeChannel, unknown][] {
  const plan = loadSeedPlan();
  const victim = join(victims, 'victim.txt');
  const deepPlan = { ...plan, extra: nested(10_000, 'object') };
  const deeperPlan = { ...plan, extra: nested(100_000, 'array') };
  const hugePlan = { ...plan, padding: 'x'.repeat(51 * 1024 * 1024) };
  const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg">${body}</svg>`;
  return [
    ['savePlan', { grant, plan: deepPlan }],
    ['savePlan', { grant, plan: deeperPlan }],
    ['savePlan', { grant, plan: hugePlan }],
    ['savePlan', { grant, plan, overwrite: true, path: victim }],
    ['savePlan', { path: victim, plan, expectedStamp: null, overwrite: true }],
    ['savePlan', { grant: victim, plan, overwrite: true }],
    ['savePlanAs', { plan, suggestedName: '../../victim.txt' }],
    ['savePlanAs', { plan, suggestedName: 'a\u0000b' }],
    ['savePlanAs', { plan, suggestedName: 'x', folder: victims }],
    ['savePlanAs', { plan, suggestedName: 'x', near: '../victims' }],
    ['openFile', { grant: join(victims, 'other.transition') }],
    ['openRecent', { path: join(victims, 'other.transition') }],
    ['openDroppedFile', { droppedPath: victim }],
    ['openDroppedFile', { droppedPath: join(victims, 'missing.transition') }],
    ['openDroppedFile', { droppedPath: '/dev/zero.json' }],
    [
      'putSnapshot',
      {
        id: 'evil',
        title: 't',
        source: { kind: 'file', name: 'passwd', path: '/etc/passwd' },
        planText: '{}',
        openedAt: '2026-01-01T00:00:00Z',
      },
    ],
    [
      'putSnapshot',
      {
        id: 'evil',
        title: 't',
        source: { kind: 'file', name: 'victim.txt', grant: victim },
        planText: '{}',
        openedAt: '2026-01-01T00:00:00Z',
      },
    ],
    ['exportToFolder', { folderId: victims, fileName: 'x.svg', format: 'svg', data: svg('') }],
    ['exportToFolder', { folderId: 'forged', fileName: '../x.svg', format: 'svg', data: 'x' }],
    ['exportFile', { suggestedName: '../../x.svg', format: 'svg', data: svg('') }],
    ['exportFile', { suggestedName: 'x.png', format: 'png', data: '!!not base64!!' }],
    ['exportFile', { suggestedName: 'x.svg', format: 'svg', data: 'x'.repeat(61 * 1024 * 1024) }],
    ['openExternal', { url: 'file:///etc/passwd' }],
    ['openExternal', { url: 'https://evil.com#@transition-studio.example/' }],
    ['openExternal', { url: 'https://x.192.168.0.1.nip.io/' }],
    ['updateSettings', { theme: 'dark', backups: 'yes' }],
    ['updateSettings', { exportDefaults: { scale: 1e9 } }],
    ['restoreSnapshot', { id: 'no-such' }],
  ];
}

describe('a hostile page against the real handler table', () => {
  it('gets a typed, readable answer to every call and writes nowhere it was not granted', async () => {
    const before = await listing(victims);
    const calls: [InvokeChannel, unknown][] = [];
    for (const channel of INVOKE_CHANNELS) {
      for (const payload of generic()) calls.push([channel, payload]);
    }
    calls.push(...aimed());
    const internal: string[] = [];
    const codes = new Map<string, number>();
    for (const [channel, payload] of calls) {
      const answer = await dispatchInvoke(handlers, channel, payload, { trusted: true }, () => {
        // Internal errors are counted below; the log would only repeat them.
      });
      const code = answer.ok ? 'ok' : answer.error.code;
      codes.set(code, (codes.get(code) ?? 0) + 1);
      if (!answer.ok && answer.error.code === 'failed') {
        internal.push(`${channel}: ${answer.error.message}`);
      }
      if (!answer.ok) expect(answer.error.message).toMatch(/[.!?]$/u);
    }
    // One-way messages: nothing is answered, so a hostile one must simply be dropped.
    const messages = createMessageHandlers(main.services);
    let handledMessages = 0;
    const sends = [
      ...SEND_CHANNELS.flatMap((channel) =>
        generic().map((payload) => [channel, payload] as const),
      ),
      ['reportDocumentState', { name: 'x', dirty: true, path: join(victims, 'victim.txt') }],
      ['reportDocumentState', { name: 'x', dirty: true, grant: 'forged' }],
    ] as const;
    for (const [channel, payload] of sends) {
      if (dispatchSend(messages, channel, payload, { trusted: true }, () => undefined)) {
        handledMessages += 1;
      }
    }
    const after = await listing(victims);
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
      (name) => before.get(name) !== after.get(name),
    );
    const grantedFiles = (await readdir(granted)).filter(
      (name) => !['plan.transition', 'plan.transition.bak'].includes(name),
    );
    const outside = [...changed.map((name) => join(victims, name)), ...grantedFiles];
    const channels =
      new Set(calls.map(([channel]) => channel)).size +
      new Set(sends.map(([channel]) => channel)).size;
    const total = calls.length + sends.length;
    console.log(
      `hostile IPC corpus: ${String(total)} calls over ${String(channels)} channels, ` +
        `${String(internal.length)} internal errors, ${String(outside.length)} writes outside granted paths ` +
        `(${[...codes].map(([code, count]) => `${code} ${String(count)}`).join(', ')})`,
    );
    expect(total).toBeGreaterThanOrEqual(400);
    expect(channels).toBe(INVOKE_CHANNELS.length + SEND_CHANNELS.length);
    // Only the forged grant passes validation: main then watches nothing.
    expect(handledMessages).toBe(1);
    expect(main.documents.watcher.watchedPath).toBeUndefined();
    expect(internal).toEqual([]);
    expect(outside).toEqual([]);
    expect(main.externalUrlsOpened).toEqual([]);
    expect((await stat(join(granted, 'plan.transition'))).size).toBeLessThan(1024 * 1024);
  }, 120_000);
});
