import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS, SEND_CHANNELS } from '../../../core/contract/ipc/channels';
import type { EventChannel } from '../../../core/contract/ipc/channels';
import { buildStudioApi } from '../../../core/contract/ipc/studio-api';

describe('buildStudioApi', () => {
  it('offers one function per contract channel and message, and `on`, and nothing else', () => {
    const api = buildStudioApi(vi.fn(), vi.fn(), vi.fn());
    expect(Object.keys(api).sort()).toEqual([...INVOKE_CHANNELS, ...SEND_CHANNELS, 'on'].sort());
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('routes each call to its own channel with the request unchanged', async () => {
    const invoke = vi.fn((channel: string, request: unknown) =>
      Promise.resolve({ channel, request }),
    );
    const api = buildStudioApi(invoke, vi.fn(), vi.fn());
    await expect(api.openExternal({ url: 'https://example.com/' })).resolves.toEqual({
      channel: 'openExternal',
      request: { url: 'https://example.com/' },
    });
    await api.openSamplePlan();
    expect(invoke).toHaveBeenLastCalledWith('openSamplePlan', undefined);
  });

  it('subscribes to known events and refuses unknown ones', () => {
    const unsubscribe = vi.fn();
    const subscribe = vi.fn(() => unsubscribe);
    const api = buildStudioApi(vi.fn(), subscribe, vi.fn());
    const off = api.on('menuCommand', () => undefined);
    off();
    expect(subscribe).toHaveBeenCalledWith('menuCommand', expect.any(Function));
    expect(unsubscribe).toHaveBeenCalledOnce();
    expect(() => api.on('shutdown' as EventChannel, () => undefined)).toThrow(
      /Unknown event channel/,
    );
  });

  it('sends a dropped file’s path, resolved by the transport, and never asks main for ""', async () => {
    const file = { name: 'plan.transition', size: 10 };
    const invoke = vi.fn(() => Promise.resolve({ ok: true, value: {} }));
    await buildStudioApi(invoke, vi.fn(), vi.fn(), () => '/plans/plan.transition').openDroppedFile(
      file,
    );
    expect(invoke.mock.calls).toEqual([
      ['openDroppedFile', { droppedPath: '/plans/plan.transition' }],
    ]);
    const throwing = () => {
      throw new TypeError('not a File');
    };
    const idle = vi.fn();
    for (const api of [
      buildStudioApi(idle, vi.fn(), vi.fn(), throwing),
      buildStudioApi(idle, vi.fn(), vi.fn()),
    ]) {
      const answer = await api.openDroppedFile(file);
      expect(answer).toMatchObject({ ok: false, error: { code: 'file-unreadable' } });
    }
    expect(idle).not.toHaveBeenCalled();
  });

  it('sends one-way messages on their own channel and answers nothing', () => {
    const send = vi.fn();
    const api = buildStudioApi(vi.fn(), vi.fn(), send);
    api.answerCloseRequest({ proceed: true });
    expect(send.mock.calls).toEqual([['answerCloseRequest', { proceed: true }]]);
  });
});
