import type { IpcErrorCode } from '../../../core/contract/ipc/contract';
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
