/**
 * The one way user text enters Mermaid source. Mermaid has no quoting that survives every
 * diagram type: `%%` starts a comment even inside a quoted label, `#`, `:` and `;` end a gantt
 * task name, `<`/`>` reach the SVG as markup and `$$` starts KaTeX. Mermaid does decode entity
 * codes (`#35;`) before any diagram parser runs and turns them back into characters only in the
 * finished SVG, so writing every character that could mean something as its numeric code keeps
 * the text the same and the structure untouched, in flowcharts and gantt charts alike.
 */

/** Longest label shown, in user-perceived characters; the plan keeps the full text. */
export const MAX_LABEL_LENGTH = 80;
export const ELLIPSIS = '…';

/** Characters kept as they are: letters, digits and marks of any script, and harmless ASCII. */
const KEPT = /^[\p{L}\p{N}\p{M} .,'()/+?!_-]$/u;
/** Line breaks, tabs and other white space: a label is one line. */
const WHITE_SPACE = /[\s\u0085\u2028\u2029]+/gu;
/** A UTF-16 half without its other half cannot be written as an entity code. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

const PLACEHOLDER_PARTS = new Set(['\u00B0', '\u00B6']);

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * The text a diagram shows for a piece of user text: on one line, white space runs as one
 * space, cut to MAX_LABEL_LENGTH characters with "…" at the end.
 */
export function displayText(text: string): string {
  const oneLine = text.replace(LONE_SURROGATE, '\uFFFD').replace(WHITE_SPACE, ' ').trim();
  if (oneLine.length <= MAX_LABEL_LENGTH) return oneLine;
  const parts = Array.from(graphemes.segment(oneLine), (part) => part.segment);
  if (parts.length <= MAX_LABEL_LENGTH) return oneLine;
  return (
    parts
      .slice(0, MAX_LABEL_LENGTH - 1)
      .join('')
      .trimEnd() + ELLIPSIS
  );
}

function encodeCharacter(character: string): string {
  if (KEPT.test(character)) return character;
  const code = character.codePointAt(0) ?? 0xfffd;
  // Emoji and other symbols are safe as they are and far more readable in the source, except
  // the two Mermaid builds its entity placeholders from ("ﬂ°°35¶ß").
  if (code > 0x7f && !PLACEHOLDER_PARTS.has(character) && /^[\p{S}\p{P}]$/u.test(character)) {
    return character;
  }
  return `#${String(code)};`;
}

/**
 * User text as it may stand inside a Mermaid label (quoted flowchart label, gantt task or
 * section name): shortened by `displayText`, then every character that could mean something to
 * Mermaid written as an entity code. Nothing it returns can open a comment, a directive, a
 * string end, an edge, a statement or markup.
 */
export function escapeLabel(text: string): string {
  return Array.from(displayText(text), encodeCharacter).join('');
}
