import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { INVOKE_CHANNELS, invokeChannelName } from '../../../core/contract/ipc/channels';
import { isAppUrl } from '../security/web-contents';
import { dispatchInvoke } from './dispatch';
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

export function senderFacts(event: IpcMainInvokeEvent): SenderFacts {
  const frame = event.senderFrame;
  return {
    webContentsId: event.sender.id,
    frameUrl: frame?.url,
    isMainFrame: frame !== null && frame.parent === null,
  };
}

export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: HandlerTable,
  trustedWebContentsIds: ReadonlySet<number>,
  appOrigins: readonly string[],
): void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(invokeChannelName(channel), (event, payload: unknown) =>
      dispatchInvoke(handlers, channel, payload, {
        trusted: isTrustedSender(senderFacts(event), trustedWebContentsIds, appOrigins),
      }),
    );
  }
}
