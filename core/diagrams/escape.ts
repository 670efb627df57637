/**
 * The one way text enters Mermaid source. Mermaid has no quoting that survives every diagram
 * type: `"` ends a flowchart label, `%%{…}%%` anywhere is a directive, `#`, `:` and `;` end a
 * gantt task name, `#word;` is read as an entity code, `<`/`>` reach the SVG as markup and `$$`
 * starts KaTeX. Mermaid decodes entity codes (`#35;`) before any diagram parser runs, so writing
 * every character that could mean something as its code keeps the structure untouched.
 *
 * How the codes come back as characters differs (mermaid 11, `htmlLabels: false`), which is why
 * the writers add their own rules on top:
 * - gantt task and section names: every code, in the finished SVG;
 * - flowchart node labels: `#amp;`, `#lt;`, `#gt;` always; numeric codes only when the label
 *   holds a `<br/>` (Mermaid then sanitises it as HTML, which decodes them), so the flowchart
 *   writer puts one in every label that needs it;
 * - flowchart subgraph titles and edge labels: only `#amp;`, `#lt;`, `#gt;`, so the writer
 *   takes there only text that needs no numeric code (`isPlainTitle`).
 */

/** Longest piece of user text a diagram shows, in characters; the plan keeps the full text. */
export const MAX_LABEL_LENGTH = 80;
/** Gantt section names stand in a fixed column left of the chart, so they are cut shorter. */
export const MAX_SECTION_LENGTH = 40;
export const ELLIPSIS = '…';

/** Characters written as they are: letters, digits and marks of any script, and plain ASCII. */
const KEPT = /^[\p{L}\p{N}\p{M} .,'()/+?!-]$/u;
/** Symbols and punctuation outside ASCII (emoji, "·", "–") mean nothing to Mermaid. */
const HARMLESS_SYMBOL = /^[\p{S}\p{P}]$/u;
/** The codes every Mermaid text path decodes. */
const NAMED: ReadonlyMap<string, string> = new Map([
  ['&', '#amp;'],
  ['<', '#lt;'],
  ['>', '#gt;'],
]);
/** Line breaks, tabs and other white space: a label line is one line. */
const WHITE_SPACE = /[\s\u0085\u2028\u2029]+/gu;
/** Control characters draw nothing and SVG (XML) cannot hold most of them at all. */
const CONTROL = /[\p{Cc}]/gu;
/** Text XML cannot hold: halves of a UTF-16 pair on their own, and the two non-characters. */
const NOT_XML =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/gu;
/**
 * Character pairs Mermaid acts on even after every code is decoded: it breaks a flowchart label's
 * line at a backslash followed by "n" ("C:\new"), and it builds its entity placeholders from
 * "ﬂ°" and "¶ß" ("ﬂ°°35¶ß"), which it decodes a second time in flowchart boxes. An invisible
 * word joiner between the two characters keeps each pair as text.
 */
const MEANINGFUL_PAIR = /\\(?=n)|\uFB02(?=\u00B0)|\u00B6(?=\u00DF)/giu;
const WORD_JOINER = '\u2060';
/**
 * Mermaid's flowchart lexer reads a line holding "direction TB" (or BT, RL, LR, TD) anywhere as
 * a direction statement; the space after "direction", written as a code, keeps it text.
 */
const DIRECTION_SPACE = /(?<=direction) (?=(?:TB|BT|RL|LR|TD))/giu;
const CODED_SPACE = '\u0000';
/** Text `escapeLabel` returns as it is (trimmed): ASCII letters, digits and KEPT punctuation. */
const PLAIN = /^[A-Za-z0-9 .,'()/+?!-]*$/u;
const DIRECTION_WORD = /direction/iu;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

function oneLine(text: string): string {
  return text
    .replace(NOT_XML, '\uFFFD')
    .replace(WHITE_SPACE, ' ')
    .replace(CONTROL, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * A piece of user text as a diagram shows it: on one line, white space runs as one space,
 * control characters left out, cut to `max` characters (an emoji or an accented letter counts
 * as one) with "…" at the end.
 */
export function shortenLabel(text: string, max = MAX_LABEL_LENGTH): string {
  // Only the first `max` graphemes are ever shown, so only a prefix is cleaned and segmented:
  // Node's Intl.Segmenter takes quadratic time over a whole 1 MB title. A grapheme is rarely
  // more than a few code units; PREFIX_PER_GRAPHEME of them per grapheme, plus room for the
  // white space runs oneLine folds, is enough to tell whether the text is longer than `max`.
  const bound = max * PREFIX_PER_GRAPHEME;
  const cut = text.length > bound * 2;
  const line = oneLine(cut ? text.slice(0, bound * 2) : text);
  if (!cut && line.length <= max) return line;
  const parts: string[] = [];
  for (const { segment } of graphemes.segment(line.slice(0, bound))) {
    parts.push(segment);
    if (parts.length > max) break;
  }
  if (parts.length <= max) {
    if (!cut && line.length <= bound) return line;
    // The prefix ended inside the text: its last grapheme may be cut in half.
    parts.pop();
  }
  return `${parts
    .slice(0, max - 1)
    .join('')
    .trimEnd()}${ELLIPSIS}`;
}

/** Code units looked at per grapheme a label shows (emoji sequences run to a dozen or more). */
const PREFIX_PER_GRAPHEME = 32;

function encodeCharacter(character: string): string {
  if (KEPT.test(character)) return character;
  const named = NAMED.get(character);
  if (named !== undefined) return named;
  const code = character.codePointAt(0) ?? 0xfffd;
  if (code > 0x7f && HARMLESS_SYMBOL.test(character)) return character;
  return `#${String(code)};`;
}

/**
 * Text as it may stand inside any Mermaid label (quoted flowchart node label, gantt task or
 * section name): on one line, and every character that could mean something to Mermaid written
 * as an entity code. Nothing it returns can end a string, open a comment or a directive, start
 * an edge, a statement or markup. It does not shorten: `shortenLabel` does, where user text is
 * put into a label.
 */
export function escapeLabel(text: string): string {
  // Most labels are plain words: nothing to write as a code (diagram splitting writes each one
  // several times, so this path matters for large plans).
  if (PLAIN.test(text) && !text.includes('  ') && !DIRECTION_WORD.test(text)) return text.trim();
  const line = oneLine(text)
    .replace(MEANINGFUL_PAIR, (first) => `${first}${WORD_JOINER}`)
    .replace(DIRECTION_SPACE, CODED_SPACE);
  return Array.from(line, (character) =>
    character === CODED_SPACE ? '#32;' : encodeCharacter(character),
  ).join('');
}

/** Whether escaped text needs a numeric code, which subgraph titles and edge labels cannot show. */
export function needsNumericCode(escaped: string): boolean {
  return /#\d+;/.test(escaped);
}
