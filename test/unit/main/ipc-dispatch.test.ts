import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../../core/contract/ipc/channels';
import type { AppInfo } from '../../../core/contract/ipc/contract';
import { dispatchInvoke } from '../../../electron/main/ipc/dispatch';
import type { HandlerTable } from '../../../electron/main/ipc/handlers';
import { UserFacingError } from '../../../electron/main/ipc/user-facing-error';

const APP_INFO: AppInfo = {
  name: 'Transition Studio',
  version: '0.1.0',
  platform: 'linux',
  runtime: 'electron',
};
const TRUSTED = { trusted: true };

/** Every channel answers "not used" unless a test gives it a handler. */
function unusedHandlers(): HandlerTable {
  return Object.fromEntries(
    INVOKE_CHANNELS.map((channel) => [channel, () => Promise.reject(new Error('not used'))]),
  ) as unknown as HandlerTable;
}

function fakeHandlers(overrides: Partial<HandlerTable> = {}) {
  const handlers = {
    ...unusedHandlers(),
    getAppInfo: vi.fn<HandlerTable['getAppInfo']>(() => Promise.resolve(APP_INFO)),
    openSamplePlan: vi.fn<HandlerTable['openSamplePlan']>(() =>
      Promise.reject(new Error('not used')),
    ),
    openPlan: vi.fn<HandlerTable['openPlan']>(() => Promise.resolve({ document: null })),
    openExternal: vi.fn<HandlerTable['openExternal']>(() => Promise.resolve({ opened: true })),
    exportFile: vi.fn<HandlerTable['exportFile']>(() => Promise.resolve({ path: null })),
    chooseExportFolder: vi.fn<HandlerTable['chooseExportFolder']>(() =>
      Promise.resolve({ folder: null }),
    ),
    exportToFolder: vi.fn<HandlerTable['exportToFolder']>(() =>
      Promise.reject(new Error('not used')),
    ),
    ...overrides,
  };
  return handlers;
}

const silentLog = () => vi.fn<(message: string, error: unknown) => void>();

describe('dispatchInvoke', () => {
  it('answers a valid request with the handler value', async () => {
    const handlers = fakeHandlers();
    expect(await dispatchInvoke(handlers, 'getAppInfo', undefined, TRUSTED)).toEqual({
      ok: true,
      value: APP_INFO,
    });
    expect(
      await dispatchInvoke(handlers, 'openExternal', { url: 'https://example.com' }, TRUSTED),
    ).toEqual({ ok: true, value: { opened: true } });
    expect(handlers.openExternal).toHaveBeenCalledExactlyOnceWith({ url: 'https://example.com' });
  });

  it('refuses an untrusted sender without calling the handler', async () => {
    const handlers = fakeHandlers();
    const result = await dispatchInvoke(
      handlers,
      'openExternal',
      { url: 'https://example.com' },
      { trusted: false },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    expect(handlers.openExternal).not.toHaveBeenCalled();
  });

  it.each<unknown>([
    'deleteEverything',
    42,
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'GETAPPINFO',
    'studio:invoke:getAppInfo',
    undefined,
    null,
    { channel: 'getAppInfo' },
  ])('refuses the unknown channel %j', async (channel) => {
    const result = await dispatchInvoke(fakeHandlers(), channel, undefined, TRUSTED);
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it.each<[string, unknown]>([
    ['a url that is not a string', { url: 42 }],
    ['extra keys', { url: 'https://example.com', openWith: 'cmd.exe' }],
    ['a missing url', {}],
    ['null', null],
    ['a bare string', 'https://example.com'],
    ['an over-long url', { url: `https://example.com/${'a'.repeat(2048)}` }],
  ])('refuses openExternal with %s', async (_what, payload) => {
    const handlers = fakeHandlers();
    const result = await dispatchInvoke(handlers, 'openExternal', payload, TRUSTED);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-request');
    expect(result.error.problems?.length).toBeGreaterThan(0);
    expect(handlers.openExternal).not.toHaveBeenCalled();
  });

  it('refuses a payload on a channel that takes none', async () => {
    const handlers = fakeHandlers();
    const result = await dispatchInvoke(handlers, 'openPlan', { path: '/etc/passwd' }, TRUSTED);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(handlers.openPlan).not.toHaveBeenCalled();
  });

  it('names the offending field in the problems', async () => {
    const result = await dispatchInvoke(fakeHandlers(), 'openExternal', { url: 42 }, TRUSTED);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.problems?.map((p) => p.path)).toEqual(['url']);
  });

  it('passes a UserFacingError on as it is', async () => {
    const problems = [{ path: 'title', message: 'expected a string' }];
    const handlers = fakeHandlers({
      openPlan: () =>
        Promise.reject(
          new UserFacingError('invalid-plan', '"x.json" is not a valid plan.', problems),
        ),
    });
    expect(await dispatchInvoke(handlers, 'openPlan', undefined, TRUSTED)).toEqual({
      ok: false,
      error: { code: 'invalid-plan', message: '"x.json" is not a valid plan.', problems },
    });
  });

  it('leaves out an empty problem list', async () => {
    const handlers = fakeHandlers({
      openPlan: () => Promise.reject(new UserFacingError('file-unreadable', 'Could not open.', [])),
    });
    expect(await dispatchInvoke(handlers, 'openPlan', undefined, TRUSTED)).toEqual({
      ok: false,
      error: { code: 'file-unreadable', message: 'Could not open.' },
    });
  });

  it('hides the details of an unexpected error from the renderer but logs them', async () => {
    const secret = new Error('secret path /home/x');
    const handlers = fakeHandlers({ openPlan: () => Promise.reject(secret) });
    const log = silentLog();
    const result = await dispatchInvoke(handlers, 'openPlan', undefined, TRUSTED, log);
    expect(result).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(JSON.stringify(result)).not.toContain('/home/x');
    expect(log).toHaveBeenCalledOnce();
    expect(log.mock.calls[0]?.[1]).toBe(secret);
  });

  it('turns a synchronous throw into a failed answer', async () => {
    const handlers = fakeHandlers({
      getAppInfo: () => {
        throw new Error('boom');
      },
    });
    const log = silentLog();
    const result = await dispatchInvoke(handlers, 'getAppInfo', undefined, TRUSTED, log);
    expect(result).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(log).toHaveBeenCalledOnce();
  });

  it('refuses a handler answer that breaks the contract', async () => {
    const handlers = fakeHandlers({
      getAppInfo: (() =>
        Promise.resolve({ name: 1, secret: '/home/x' })) as unknown as HandlerTable['getAppInfo'],
    });
    const log = silentLog();
    const result = await dispatchInvoke(handlers, 'getAppInfo', undefined, TRUSTED, log);
    expect(result).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(JSON.stringify(result)).not.toContain('/home/x');
    expect(log).toHaveBeenCalledOnce();
  });
});

describe('dispatchInvoke, edge cases found in review', () => {
  it('answers unknown-channel for a channel that cannot be turned into a string', async () => {
    const answer = await dispatchInvoke(
      fakeHandlers(),
      Object.create(null),
      undefined,
      TRUSTED,
      silentLog(),
    );
    expect(answer).toEqual({
      ok: false,
      error: { code: 'unknown-channel', message: 'There is no operation called "object".' },
    });
  });
});
