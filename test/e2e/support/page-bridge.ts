import type { EventChannel } from '../../../core/contract/ipc/channels';
import { buildStudioApi } from '../../../core/contract/ipc/studio-api';

/**
 * Runs in the page before the app, in place of Electron's preload: the same `buildStudioApi`,
 * over a Playwright binding instead of ipcRenderer. Events from "main" arrive through
 * `__studioEmit`, which the harness calls.
 */
interface BridgeGlobals {
  __studioInvoke(channel: string, request: unknown): Promise<unknown>;
  __studioSend(channel: string, message: unknown): Promise<unknown>;
  /** Paths the test gives dropped files, by name (Chromium alone cannot tell a file's path). */
  __studioDroppedPaths?: Record<string, string>;
  __studioEmit?: (event: EventChannel, payload: unknown) => void;
  studio?: unknown;
}

const globals = globalThis as unknown as BridgeGlobals;
const listeners = new Map<EventChannel, Set<(payload: unknown) => void>>();

globals.__studioEmit = (event, payload) => {
  for (const listener of listeners.get(event) ?? []) listener(payload);
};

Object.defineProperty(globals, 'studio', {
  value: buildStudioApi(
    (channel, request) => globals.__studioInvoke(channel, request),
    (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => {
        set.delete(listener);
      };
    },
    (channel, message) => {
      void globals.__studioSend(channel, message);
    },
    (file) => globals.__studioDroppedPaths?.[file.name] ?? '',
  ),
  writable: false,
  configurable: false,
});
