import type { CliIo } from '../../../cli/io';

/** A CliIo that records what a command printed, split into lines. */
export function captureIo(): CliIo & { stdout: () => string; stderrLines: () => string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    stdout: () => out.join(''),
    stderrLines: () =>
      err
        .join('\n')
        .split('\n')
        .filter((line) => line !== ''),
  };
}
