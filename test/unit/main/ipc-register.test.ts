import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS, invokeChannelName } from '../../../core/contract/ipc/channels';
import type { AppInfo } from '../../../core/contract/ipc/contract';
import type { HandlerTable } from '../../../electron/main/ipc/handlers';
import {
  isTrustedSender,
  registerIpcHandlers,
  senderFacts,
} from '../../../electron/main/ipc/register';

const APP_ORIGINS = ['app://studio'] as const;
const TRUSTED_IDS: ReadonlySet<number> = new Set([7]);
const APP_INFO: AppInfo = { name: 'Studio', version: '1', platform: 'linux', runtime: 'electron' };

type Listener = (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>;

describe('isTrustedSender', () => {
  const trustedFacts = { webContentsId: 7, frameUrl: 'app://studio/index.html', isMainFrame: true };

  it('trusts the main frame of a known window showing the app', () => {
    expect(isTrustedSender(trustedFacts, TRUSTED_IDS, APP_ORIGINS)).toBe(true);
  });

  it('refuses an unknown webContents', () => {
    expect(isTrustedSender({ ...trustedFacts, webContentsId: 8 }, TRUSTED_IDS, APP_ORIGINS)).toBe(
      false,
    );
  });

  it('refuses a subframe', () => {
    expect(isTrustedSender({ ...trustedFacts, isMainFrame: false }, TRUSTED_IDS, APP_ORIGINS)).toBe(
      false,
    );
  });

  it.each(['https://evil.com/', 'app://evil/index.html', 'file:///index.html', 'about:blank'])(
    'refuses a frame showing %s',
    (frameUrl) => {
      expect(isTrustedSender({ ...trustedFacts, frameUrl }, TRUSTED_IDS, APP_ORIGINS)).toBe(false);
    },
  );

  it('refuses a frame without a url', () => {
    expect(
      isTrustedSender({ ...trustedFacts, frameUrl: undefined }, TRUSTED_IDS, APP_ORIGINS),
    ).toBe(false);
  });
});

function fakeEvent(id: number, url: string | undefined, parent: object | null = null) {
  const senderFrame = url === undefined ? null : { url, parent };
  return { sender: { id }, senderFrame } as unknown as IpcMainInvokeEvent;
}

describe('senderFacts', () => {
  it('reads the sender id, frame url and whether it is the top frame', () => {
    expect(senderFacts(fakeEvent(7, 'app://studio/index.html'))).toEqual({
      webContentsId: 7,
      frameUrl: 'app://studio/index.html',
      isMainFrame: true,
    });
    expect(senderFacts(fakeEvent(7, 'app://studio/x', {})).isMainFrame).toBe(false);
    expect(senderFacts(fakeEvent(7, undefined))).toEqual({
      webContentsId: 7,
      frameUrl: undefined,
      isMainFrame: false,
    });
  });
});

describe('registerIpcHandlers', () => {
  function register() {
    const handle = vi.fn<(channel: string, listener: Listener) => void>();
    const handlers = {
      // Channels these tests do not call.
      ...(Object.fromEntries(
        INVOKE_CHANNELS.map((channel) => [channel, () => Promise.reject(new Error('not used'))]),
      ) as unknown as HandlerTable),
      getAppInfo: vi.fn<HandlerTable['getAppInfo']>(() => Promise.resolve(APP_INFO)),
      openSamplePlan: vi.fn<HandlerTable['openSamplePlan']>(),
      openPlan: vi.fn<HandlerTable['openPlan']>(() => Promise.resolve({ document: null })),
      openExternal: vi.fn<HandlerTable['openExternal']>(() => Promise.resolve({ opened: false })),
      exportFile: vi.fn<HandlerTable['exportFile']>(),
      chooseExportFolder: vi.fn<HandlerTable['chooseExportFolder']>(),
      exportToFolder: vi.fn<HandlerTable['exportToFolder']>(),
    };
    const on = vi.fn();
    const messages = { reportDocumentState: vi.fn(), answerCloseRequest: vi.fn() };
    registerIpcHandlers({ handle, on }, { handlers, messages }, TRUSTED_IDS, APP_ORIGINS);
    const listenerFor = (channelName: string): Listener => {
      const listener = handle.mock.calls.find(([name]) => name === channelName)?.[1];
      if (!listener) throw new Error(`nothing registered for ${channelName}`);
      return listener;
    };
    return { handle, handlers, listenerFor };
  }

  it('registers exactly one listener per invoke channel', () => {
    const { handle } = register();
    const names = handle.mock.calls.map(([name]) => name);
    expect(names).toHaveLength(INVOKE_CHANNELS.length);
    expect([...names].sort()).toEqual(INVOKE_CHANNELS.map(invokeChannelName).sort());
  });

  it('answers an untrusted sender with an error and calls no handler', async () => {
    const { handlers, listenerFor } = register();
    const untrusted = [
      fakeEvent(99, 'app://studio/index.html'),
      fakeEvent(7, 'https://evil.com/'),
      fakeEvent(7, 'app://studio/index.html', {}),
      fakeEvent(7, undefined),
    ];
    for (const event of untrusted) {
      expect(await listenerFor(invokeChannelName('getAppInfo'))(event, undefined)).toMatchObject({
        ok: false,
        error: { code: 'untrusted-sender' },
      });
    }
    expect(handlers.getAppInfo).not.toHaveBeenCalled();
  });

  it('answers a trusted sender through the handler of its channel', async () => {
    const { handlers, listenerFor } = register();
    const event = fakeEvent(7, 'app://studio/index.html');
    expect(await listenerFor(invokeChannelName('getAppInfo'))(event, undefined)).toEqual({
      ok: true,
      value: APP_INFO,
    });
    expect(
      await listenerFor(invokeChannelName('openExternal'))(event, { url: 'file:///etc/passwd' }),
    ).toEqual({ ok: true, value: { opened: false } });
    expect(handlers.openExternal).toHaveBeenCalledExactlyOnceWith({ url: 'file:///etc/passwd' });
  });

  it('still validates the payload of a trusted sender', async () => {
    const { handlers, listenerFor } = register();
    const event = fakeEvent(7, 'app://studio/index.html');
    expect(await listenerFor(invokeChannelName('openExternal'))(event, { url: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(handlers.openExternal).not.toHaveBeenCalled();
  });
});
