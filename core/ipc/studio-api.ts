import { EVENT_CHANNELS, INVOKE_CHANNELS, type EventChannel, type InvokeChannel } from './channels';
import type { StudioApi } from './contract';

export type Invoke = (channel: InvokeChannel, request: unknown) => Promise<unknown>;
export type Subscribe = (event: EventChannel, listener: (payload: unknown) => void) => () => void;

/**
 * Builds `window.studio` from the channel list, over any transport: Electron's preload passes
 * ipcRenderer-backed functions, the E2E harness passes Playwright bindings. The renderer cannot
 * tell the two apart, which is the point.
 */
export function buildStudioApi(invoke: Invoke, subscribe: Subscribe): StudioApi {
  const api: Record<string, unknown> = {};
  for (const channel of INVOKE_CHANNELS) {
    api[channel] = (request?: unknown) => invoke(channel, request);
  }
  api.on = (event: EventChannel, listener: (payload: unknown) => void) => {
    if (!(EVENT_CHANNELS as readonly string[]).includes(event)) {
      throw new Error(`Unknown event channel: ${event}`);
    }
    return subscribe(event, listener);
  };
  return Object.freeze(api) as StudioApi;
}
