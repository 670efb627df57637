import type { IpcError, IpcErrorCode } from '../../../core/contract/ipc/contract';
import type { Problem } from '../../../core/plan/problems';

/** An error whose message is written for the user and may cross IPC as it is. */
export class UserFacingError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
    readonly problems?: Problem[],
  ) {
    super(message);
    this.name = 'UserFacingError';
  }
}

/** The error as it crosses to the page: code, sentence, and the problems when there are any. */
export function ipcErrorOf(error: UserFacingError): IpcError {
  return {
    code: error.code,
    message: error.message,
    ...(error.problems && error.problems.length > 0 ? { problems: error.problems } : {}),
  };
}
