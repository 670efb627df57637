import { beforeAll, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS, SEND_CHANNELS } from '../../../core/contract/ipc/channels';

/**
 * The real preload (electron/preload/index.ts), run against a stand-in `electron` module that
 * records what it exposes. What the page can reach is exactly what `exposeInMainWorld` is
 * given: here we check it is one object, `studio`, made of the contract's functions only,
 * and that neither ipcRenderer nor an IPC event object ever crosses the bridge.
 */

const electron = vi.hoisted(() => {
  const exposed: { key: string; api: unknown }[] = [];
  const listeners = new Map<string, (event: unknown, payload: unknown) => void>();
  const ipcRenderer = {
    invoke: vi.fn((channel: string, request: unknown) =>
      Promise.resolve({ ok: true, value: { channel, request } }),
    ),
    on: vi.fn((channel: string, listener: (event: unknown, payload: unknown) => void) => {
      listeners.set(channel, listener);
    }),
    removeListener: vi.fn((channel: string) => {
      listeners.delete(channel);
    }),
    send: vi.fn(),
    sendSync: vi.fn(),
  };
  return {
    exposed,
    listeners,
    ipcRenderer,
    contextBridge: {
      exposeInMainWorld: vi.fn((key: string, api: unknown) => exposed.push({ key, api })),
    },
    webUtils: { getPathForFile: vi.fn(() => '/home/ann/plans/dropped.transition') },
  };
});

vi.mock('electron', () => ({
  contextBridge: electron.contextBridge,
  ipcRenderer: electron.ipcRenderer,
  webUtils: electron.webUtils,
}));

type Api = Record<string, (...args: unknown[]) => unknown>;
let studio: Api;

beforeAll(async () => {
  await import('../../../electron/preload/index');
  studio = electron.exposed[0]?.api as Api;
});

/** Every value reachable from the exposed object (own properties, through functions too). */
function reachable(root: unknown): unknown[] {
  const seen = new Set<unknown>();
  const queue = [root];
  while (queue.length > 0) {
    const value = queue.shift();
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) continue;
    if (seen.has(value)) continue;
    seen.add(value);
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor && 'value' in descriptor) queue.push(descriptor.value);
    }
  }
  return [...seen];
}

describe('the preload’s exposure', () => {
  it('exposes one object, `studio`, and nothing else', () => {
    expect(electron.exposed.map((entry) => entry.key)).toEqual(['studio']);
    expect(Object.isFrozen(studio)).toBe(true);
  });

  it('offers the contract’s functions, its one-way messages and `on`, nothing more', () => {
    expect(Object.keys(studio).sort()).toEqual([...INVOKE_CHANNELS, ...SEND_CHANNELS, 'on'].sort());
    for (const value of Object.values(studio)) expect(typeof value).toBe('function');
  });

  it('lets no ipcRenderer, nor any of its methods, be reached from `studio`', () => {
    const leaked = new Set<unknown>([electron.ipcRenderer, ...Object.values(electron.ipcRenderer)]);
    expect(reachable(studio).filter((value) => leaked.has(value))).toEqual([]);
  });

  it('sends each call on its own channel and answers only the result', async () => {
    await expect(studio.getAppInfo?.()).resolves.toEqual({
      ok: true,
      value: { channel: 'studio:invoke:getAppInfo', request: undefined },
    });
    await studio.savePlan?.({ grant: 'g', plan: {} });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('studio:invoke:savePlan', {
      grant: 'g',
      plan: {},
    });
  });

  it('sends one-way messages with ipcRenderer.send and gives the page nothing back', () => {
    const answer: unknown = studio.reportDocumentState?.({ name: 'x', dirty: false, grant: null });
    expect(answer).toBeUndefined();
    expect(electron.ipcRenderer.send).toHaveBeenLastCalledWith('studio:send:reportDocumentState', {
      name: 'x',
      dirty: false,
      grant: null,
    });
  });

  it('hands listeners the payload alone, never the IPC event, and unsubscribes', () => {
    const listener = vi.fn();
    const off = studio.on?.('menuCommand', listener) as () => void;
    const forward = electron.listeners.get('studio:event:menuCommand');
    const ipcEvent = { sender: electron.ipcRenderer, ports: [] };
    forward?.(ipcEvent, 'save');
    expect(listener.mock.calls).toEqual([['save']]);
    off();
    expect(electron.listeners.has('studio:event:menuCommand')).toBe(false);
    expect(() => studio.on?.('studio:invoke:savePlan', listener)).toThrow(/Unknown event channel/);
  });

  it('resolves a dropped file to its path here, so the page never sends one', async () => {
    const file = { name: 'dropped.transition', size: 10 };
    await studio.openDroppedFile?.(file);
    expect(electron.webUtils.getPathForFile).toHaveBeenCalledWith(file);
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('studio:invoke:openDroppedFile', {
      droppedPath: '/home/ann/plans/dropped.transition',
    });
  });
});
