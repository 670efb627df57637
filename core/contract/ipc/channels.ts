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
  'reportDocumentState',
  'answerCloseRequest',
  'takeStartupState',
  'chooseImportFile',
  'exportReport',
] as const;
export type InvokeChannel = (typeof INVOKE_CHANNELS)[number];

export const EVENT_CHANNELS = [
  'menuCommand',
  'openFileRequested',
  'fileChangedOnDisk',
  'closeRequested',
  'recentFilesChanged',
] as const;
export type EventChannel = (typeof EVENT_CHANNELS)[number];

export function invokeChannelName(channel: InvokeChannel): string {
  return `studio:invoke:${channel}`;
}

export function eventChannelName(channel: EventChannel): string {
  return `studio:event:${channel}`;
}

export function isInvokeChannel(value: unknown): value is InvokeChannel {
  return typeof value === 'string' && (INVOKE_CHANNELS as readonly string[]).includes(value);
}
