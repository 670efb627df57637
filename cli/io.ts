import { escapeControls } from '../core/text/quote-value';

/** Where the CLI writes: stdout for results, stderr for problems and summaries. Injected in tests. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/**
 * Everything the CLI prints passes here: a control character that reached a message or a
 * result from a plan (ESC, carriage return, …) is written out visibly, never sent to the
 * terminal. Newlines stay: the lines are ours, and values inside them are quoted with their
 * newlines escaped (core/text/quote-value).
 */
function terminalText(text: string): string {
  const safe = escapeControls(text, true);
  return safe.endsWith('\n') ? safe : `${safe}\n`;
}

export const processIo: CliIo = {
  out: (text) => {
    process.stdout.write(terminalText(text));
  },
  err: (text) => {
    process.stderr.write(terminalText(text));
  },
};

/** Exit codes of every command (DESIGN.md): success, invalid input, usage error. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class UsageError extends Error {}
