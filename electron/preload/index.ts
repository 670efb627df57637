import { contextBridge, ipcRenderer, webUtils } from 'electron';
import {
  eventChannelName,
  invokeChannelName,
  sendChannelName,
} from '../../core/contract/ipc/channels';
import { buildStudioApi } from '../../core/contract/ipc/studio-api';

// The one thing the page gets: named functions from the contract. The raw ipcRenderer and
// the IPC event objects never cross the bridge.
contextBridge.exposeInMainWorld(
  'studio',
  buildStudioApi(
    (channel, request) => ipcRenderer.invoke(invokeChannelName(channel), request),
    (event, listener) => {
      const channel = eventChannelName(event);
      const forward = (_event: Electron.IpcRendererEvent, payload: unknown): void => {
        listener(payload);
      };
      ipcRenderer.on(channel, forward);
      return () => {
        ipcRenderer.removeListener(channel, forward);
      };
    },
    (channel, message) => {
      ipcRenderer.send(sendChannelName(channel), message);
    },
    // Electron's documented way (since File.path was removed in 32) to learn where a dropped
    // file lives; it gives only the path of a File the user dropped, never reads anything.
    (file) => webUtils.getPathForFile(file as File),
  ),
);
