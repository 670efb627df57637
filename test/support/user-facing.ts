import { UserFacingError } from '../../electron/main/ipc/user-facing-error';

/** The sentence-bearing error a main handler refused with; anything else fails the test. */
export async function rejectionOf(promise: Promise<unknown>): Promise<UserFacingError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UserFacingError) return error;
    throw error;
  }
  throw new Error('expected the promise to reject');
}
