import {
  EVENT_CHANNELS,
  INVOKE_CHANNELS,
  SEND_CHANNELS,
  type EventChannel,
  type InvokeChannel,
  type SendChannel,
} from './channels';
import type { DroppedFile, IpcResult, StudioApi } from './contract';

export type Invoke = (channel: InvokeChannel, request: unknown) => Promise<unknown>;
export type Send = (channel: SendChannel, message: unknown) => void;
export type Subscribe = (event: EventChannel, listener: (payload: unknown) => void) => () => void;
export type PathForFile = (file: DroppedFile) => string;

const NOT_FROM_DISK: IpcResult<never> = {
  ok: false,
  error: {
    code: 'file-unreadable',
    message: 'Only files from your disk can be opened; save it to a folder first.',
  },
};

/**
 * Builds `window.studio` from the channel list, over any transport: Electron's preload passes
 * ipcRenderer-backed functions, the E2E harness passes Playwright bindings. The renderer cannot
 * tell the two apart, which is the point.
 */
export function buildStudioApi(
  invoke: Invoke,
  subscribe: Subscribe,
  send: Send,
  pathForFile: PathForFile = () => '',
): StudioApi {
  const api: Record<string, unknown> = {};
  for (const channel of INVOKE_CHANNELS) {
    api[channel] = (request?: unknown) => invoke(channel, request);
  }
  for (const channel of SEND_CHANNELS) {
    api[channel] = (message: unknown) => {
      send(channel, message);
    };
  }
  api.on = (event: EventChannel, listener: (payload: unknown) => void) => {
    if (!(EVENT_CHANNELS as readonly string[]).includes(event)) {
      throw new Error(`Unknown event channel: ${event}`);
    }
    return subscribe(event, listener);
  };
  // The page hands over the File; the path is looked up here and goes straight to main.
  api.openDroppedFile = (file: DroppedFile) => {
    let droppedPath: string;
    try {
      droppedPath = pathForFile(file);
    } catch {
      // Not a file from the user's disk (or not a File at all): nothing to open.
      droppedPath = '';
    }
    if (droppedPath === '') return Promise.resolve(NOT_FROM_DISK);
    return invoke('openDroppedFile', { droppedPath });
  };
  return Object.freeze(api) as StudioApi;
}
