import type { IpcError, IpcResult, StudioApi } from '../../../core/contract/ipc/contract';

declare global {
  interface Window {
    readonly studio?: StudioApi;
  }
}

/** The bridge to the main process; its absence means the page was opened outside the app. */
export function getStudio(): StudioApi {
  const studio = window.studio;
  if (!studio) {
    throw new Error('Transition Studio’s bridge is missing: open this page from the app.');
  }
  return studio;
}

export class StudioCallError extends Error {
  constructor(readonly detail: IpcError) {
    super(detail.message);
    this.name = 'StudioCallError';
  }
}

/** Unwraps an IPC answer: the value, or a StudioCallError carrying the user-facing message. */
export async function unwrap<T>(call: Promise<IpcResult<T>>): Promise<T> {
  const result = await call;
  if (!result.ok) throw new StudioCallError(result.error);
  return result.value;
}
