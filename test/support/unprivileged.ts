import { chmod, chown } from 'node:fs/promises';

/**
 * Permission tests that also mean something as root. Root reads and writes any file whatever
 * its mode, and CI runs as root, so a test of "permission was denied" would only ever pass on a
 * developer's machine. As root, `asUnprivileged` runs the action with the effective user and
 * groups of `nobody` (the kernel then checks modes as for any user) and switches back after;
 * as anyone else it just runs the action. Vitest runs each test file in a process of its own
 * (the forks pool), and a file's tests run one at a time, so nothing else runs as nobody.
 */
const NOBODY = { uid: 65534, gid: 65534 } as const;

function isRoot(): boolean {
  return process.getuid?.() === 0;
}

export async function asUnprivileged<T>(action: () => Promise<T>): Promise<T> {
  const { seteuid, setegid, setgroups, getgroups } = process;
  if (!isRoot() || !seteuid || !setegid || !setgroups || !getgroups) return action();
  const groups = getgroups();
  setgroups([NOBODY.gid]);
  setegid(NOBODY.gid);
  seteuid(NOBODY.uid);
  try {
    return await action();
  } finally {
    seteuid(0);
    setegid(0);
    setgroups(groups);
  }
}

/**
 * Lets the unprivileged user reach `folder` (a test's temp folder is private to root), so that
 * only the mode the test sets on what is inside decides.
 */
export async function openToUnprivileged(folder: string): Promise<void> {
  if (isRoot()) await chmod(folder, 0o755);
}

/** Makes `path` belong to the unprivileged user, so that its own mode is what refuses it. */
export async function giveToUnprivileged(path: string): Promise<void> {
  if (isRoot()) await chown(path, NOBODY.uid, NOBODY.gid);
}
