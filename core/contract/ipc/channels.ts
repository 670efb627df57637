/**
 * Channel names only, with no schema attached: the sandboxed preload imports this file and
 * nothing heavier, so it stays a few hundred bytes.
 */
export const INVOKE_CHANNELS = [
  'getAppInfo',
  'openSamplePlan',
  'openPlan',
  'openExternal',
  'exportFile',
  'chooseExportFolder',
  'exportToFolder',
  'openRecent',
  'openFile',
  'openDroppedFile',
  'savePlan',
  'savePlanAs',
  'listRecentFiles',
  'getSettings',
  'updateSettings',
  'putSnapshot',
  'listRecoverableSnapshots',
  'restoreSnapshot',
  'discardSnapshot',
  'takeStartupState',
  'chooseImportFile',
  'chooseCalendarFile',
  'exportReport',
] as const;
export type InvokeChannel = (typeof INVOKE_CHANNELS)[number];

/** One-way messages from the page: nothing is answered, main acts on them. */
export const SEND_CHANNELS = ['reportDocumentState', 'answerCloseRequest'] as const;
export type SendChannel = (typeof SEND_CHANNELS)[number];

export const EVENT_CHANNELS = [
  'menuCommand',
  'fileOpened',
  'fileChangedOnDisk',
  'closeRequested',
  'recentFilesChanged',
] as const;
export type EventChannel = (typeof EVENT_CHANNELS)[number];

export function invokeChannelName(channel: InvokeChannel): string {
  return `studio:invoke:${channel}`;
}

export function sendChannelName(channel: SendChannel): string {
  return `studio:send:${channel}`;
}

export function isSendChannel(value: unknown): value is SendChannel {
  return typeof value === 'string' && (SEND_CHANNELS as readonly string[]).includes(value);
}

export function eventChannelName(channel: EventChannel): string {
  return `studio:event:${channel}`;
}

export function isInvokeChannel(value: unknown): value is InvokeChannel {
  return typeof value === 'string' && (INVOKE_CHANNELS as readonly string[]).includes(value);
}
