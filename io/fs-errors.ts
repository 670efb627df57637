/**
 * Turns Node file-system errors into the plain words that follow `Could not open "x": ` or
 * `Could not save "x": `. Kept apart from plan-file.ts so that the atomic writer does not pull
 * in the plan parser (and zod) with it.
 */

/** What the user was doing: the same errno means different things when opening and saving. */
export type FsAction = 'open' | 'save';

/** The errno code (`'ENOSPC'`, …) of a Node error, or undefined for anything else. */
export function fsErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** The reason, without a capital or a full stop, so that callers can put it in their sentence. */
export function describeFsError(error: unknown, action: FsAction = 'open'): string {
  const code = fsErrorCode(error);
  switch (code) {
    case 'ENOENT':
      // Saving creates the file, so a missing entry can only be the folder it goes into.
      return action === 'save'
        ? 'the folder it goes in no longer exists (it may have been moved or deleted)'
        : 'the file does not exist (it may have been moved or deleted)';
    case 'EACCES':
    case 'EPERM':
      return 'permission was denied';
    case 'EISDIR':
      return action === 'save'
        ? 'there is a folder with that name'
        : 'it is a folder, not a plan file';
    case 'ENOTDIR':
      return 'part of its path is a file, not a folder';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open; close some and try again';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'your disk quota is used up';
    case 'EROFS':
      return 'the disk is read-only';
    case 'EBUSY':
      return 'the file is in use by another program';
    case 'ELOOP':
      return 'its path is a loop of symbolic links that never reaches a file';
    case 'ENAMETOOLONG':
      return 'its name or path is too long';
    case 'EIO':
      return 'the disk reported an input/output error';
    default:
      break;
  }
  // Node's own messages ("EXDEV: cross-device link not permitted, rename '/a' -> '/b'") are not
  // sentences for a user, and repeat paths unescaped; the code alone is enough for a support
  // request.
  return code === undefined
    ? 'an unexpected error occurred'
    : `the system reported an unexpected error (${code})`;
}
