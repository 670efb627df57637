import { EVENT_CHANNELS, INVOKE_CHANNELS, type EventChannel, type InvokeChannel } from './channels';
import type { DroppedFile, StudioApi } from './contract';

export type Invoke = (channel: InvokeChannel, request: unknown) => Promise<unknown>;
export type Subscribe = (event: EventChannel, listener: (payload: unknown) => void) => () => void;
export type PathForFile = (file: DroppedFile) => string;

/**
 * Builds `window.studio` from the channel list, over any transport: Electron's preload passes
 * ipcRenderer-backed functions, the E2E harness passes Playwright bindings. The renderer cannot
 * tell the two apart, which is the point.
 */
export function buildStudioApi(
  invoke: Invoke,
  subscribe: Subscribe,
  pathForFile: PathForFile = () => '',
): StudioApi {
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
  api.pathForFile = (file: DroppedFile) => {
    try {
      return pathForFile(file);
    } catch {
      // Not a file from the user's disk (or not a File at all): nothing to open.
      return '';
    }
  };
  return Object.freeze(api) as StudioApi;
}
