/**
 * Text from a file, made safe to show in a message. A plan's ids, titles and keys, and the
 * names of files, may hold anything: terminal escape codes (clear the screen, set the window
 * title), carriage returns and newlines that forge a line of output, bidirectional overrides
 * that make text read backwards, or a megabyte of characters. Everything that quotes such a
 * value in a message goes through here: the CLI, the io layer's sentences and core's problems.
 */

/** No message shows more than this many characters of one value. */
export const MAX_QUOTED_LENGTH = 200;

/** How many problems a listing shows before it says how many more there are. */
export const MAX_LISTED_PROBLEMS = 50;

// C0 controls, DEL, C1 controls (0x9b is a one-byte escape in some terminals), the line and
// paragraph separators, and the bidirectional embedding, override and isolate characters.
// eslint-disable-next-line no-control-regex -- finding control characters is what this is for
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
const CONTROLS_BUT_NEWLINE =
  // eslint-disable-next-line no-control-regex -- as above
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function visible(char: string): string {
  return NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * Control characters written out as visible escapes (`\u001b`, `\n`). With `keepNewlines` a
 * newline stays a line break: for whole messages, whose own lines are ours.
 */
export function escapeControls(text: string, keepNewlines = false): string {
  return text.replace(keepNewlines ? CONTROLS_BUT_NEWLINE : CONTROLS, visible);
}

/** At most `max` characters, with "…" when something was cut; a surrogate pair stays whole. */
export function shortenValue(value: string, max = MAX_QUOTED_LENGTH): string {
  if (value.length <= max) return value;
  let cut = max - 1;
  const last = value.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return `${value.slice(0, cut)}…`;
}

/** A value from a file as a message quotes it: on one line, escaped, shortened, in quotes. */
export function quoteValue(value: string, max = MAX_QUOTED_LENGTH): string {
  return `"${escapeControls(shortenValue(value, max))}"`;
}

/** A value shown without quotes (a key in a path, a file name in a list), escaped and short. */
export function safeValue(value: string, max = MAX_QUOTED_LENGTH): string {
  return escapeControls(shortenValue(value, max));
}

/**
 * The first `max` entries of a listing, one line each, and, when there are more, one line
 * saying how many: 1,000,000 dangling ids print 51 lines, not 1,000,000. Only the lines shown
 * are written.
 */
export function capLines<T>(
  entries: readonly T[],
  line: (entry: T) => string,
  noun: { one: string; many: string } = { one: 'problem', many: 'problems' },
  max = MAX_LISTED_PROBLEMS,
  /** How many there are in all, when `entries` holds only the first of them. */
  total = entries.length,
): string[] {
  const lines = entries.slice(0, max).map((entry) => line(entry));
  const more = Math.max(total, entries.length) - lines.length;
  if (more > 0) {
    lines.push(`… and ${more.toLocaleString('en-US')} more ${more === 1 ? noun.one : noun.many}`);
  }
  return lines;
}
