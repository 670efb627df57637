import { extname, resolve } from 'node:path';

const PLAN_EXTENSIONS = new Set(['.transition', '.json']);

/**
 * The plan files on a command line: what Windows and Linux pass when the user opens a
 * `.transition` file with the app, or when a second launch hands its arguments to the running
 * one. The executable (and, unpackaged, the app folder Electron runs) and Chromium's switches
 * are skipped; only plan extensions count, so that no stray argument is read as a file.
 */
export function planPathsFromArgv(
  argv: readonly string[],
  options: { cwd: string; isPackaged: boolean },
): string[] {
  const args = argv.slice(options.isPackaged ? 1 : 2);
  return args
    .filter((arg) => !arg.startsWith('-') && PLAN_EXTENSIONS.has(extname(arg).toLowerCase()))
    .map((arg) => resolve(options.cwd, arg));
}
