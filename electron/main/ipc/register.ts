import type { IpcMain, IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import {
  INVOKE_CHANNELS,
  SEND_CHANNELS,
  invokeChannelName,
  sendChannelName,
} from '../../../core/contract/ipc/channels';
import type { SendHandlerTable } from '../documents/window-handlers';
import { isAppUrl } from '../security/web-contents';
import { dispatchInvoke, dispatchSend } from './dispatch';
import type { HandlerTable } from './handlers';

export interface SenderFacts {
  webContentsId: number;
  frameUrl: string | undefined;
  isMainFrame: boolean;
}

/**
 * A request is answered only when it comes from the top frame of a window this app created,
 * showing one of the app's own pages — never from an iframe or a page navigated elsewhere.
 */
export function isTrustedSender(
  facts: SenderFacts,
  trustedWebContentsIds: ReadonlySet<number>,
  appOrigins: readonly string[],
): boolean {
  if (!trustedWebContentsIds.has(facts.webContentsId)) return false;
  if (!facts.isMainFrame || facts.frameUrl === undefined) return false;
  return isAppUrl(facts.frameUrl, appOrigins);
}

export function senderFacts(event: IpcMainInvokeEvent | IpcMainEvent): SenderFacts {
  const frame = event.senderFrame;
  return {
    webContentsId: event.sender.id,
    frameUrl: frame?.url,
    isMainFrame: frame !== null && frame.parent === null,
  };
}

export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'on'>,
  tables: { handlers: HandlerTable; messages: SendHandlerTable },
  trustedWebContentsIds: ReadonlySet<number>,
  appOrigins: readonly string[],
): void {
  const trusted = (event: IpcMainInvokeEvent | IpcMainEvent) =>
    isTrustedSender(senderFacts(event), trustedWebContentsIds, appOrigins);
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(invokeChannelName(channel), (event, payload: unknown) =>
      dispatchInvoke(tables.handlers, channel, payload, { trusted: trusted(event) }),
    );
  }
  for (const channel of SEND_CHANNELS) {
    ipcMain.on(sendChannelName(channel), (event, payload: unknown) => {
      dispatchSend(tables.messages, channel, payload, { trusted: trusted(event) });
    });
  }
}
