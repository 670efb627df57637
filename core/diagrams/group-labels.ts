import type { Item, ItemKind } from '../plan/schema';
import { shortenLabel } from './escape';
import { itemKindLine, itemTitle } from './labels';

/**
 * How a grouped view names a group of items of one kind in one delivery: its kind, a short list
 * and the count, e.g. "Functional requirements a–c (3)" when the titles only differ by a letter
 * or a number in sequence, else "Infrastructure items (3)" over "DB server, Application server, …".
 * A group of one is shown as the item itself. Bounded work: only the first few titles are read
 * for the list.
 */
const LIST_LENGTH = 48;
const LISTED = 4;

const CAPITALISED_PLURALS: Readonly<Record<ItemKind, string>> = {
  functional: 'Functional requirements',
  nonFunctional: 'Non-functional requirements',
  infrastructure: 'Infrastructure items',
  document: 'Documents',
  opsBriefing: 'Ops briefings',
  training: 'Training items',
  earlyLifeSupport: 'Early life support items',
  other: 'Other items',
};

/** The part after the words every title shares ("Functional requirement a" → "a"), or none. */
function sharedPrefixSuffixes(titles: readonly string[]): string[] | undefined {
  const split = titles.map((title) => title.trim().split(/\s+/));
  const first = split[0];
  if (!first || first.length < 2) return undefined;
  const prefix = first.slice(0, -1);
  const suffixes: string[] = [];
  for (const words of split) {
    if (words.length !== prefix.length + 1) return undefined;
    if (prefix.some((word, index) => words[index]?.toLowerCase() !== word.toLowerCase())) {
      return undefined;
    }
    suffixes.push(words[words.length - 1] ?? '');
  }
  return suffixes;
}

/** "a–c" for a, b, c or "1–3" for 1, 2, 3; undefined when the suffixes are not a run. */
function run(suffixes: readonly string[]): string | undefined {
  if (suffixes.length < 3) return undefined;
  const codes = suffixes.map((suffix) =>
    /^\d{1,6}$/.test(suffix)
      ? Number(suffix)
      : /^[a-z]$/i.test(suffix)
        ? suffix.charCodeAt(0)
        : Number.NaN,
  );
  const numeric = /^\d/.test(suffixes[0] ?? '');
  for (let index = 1; index < codes.length; index += 1) {
    if (codes[index] !== (codes[index - 1] ?? Number.NaN) + 1) return undefined;
    if (/^\d/.test(suffixes[index] ?? '') !== numeric) return undefined;
  }
  return `${suffixes[0] ?? ''}–${suffixes[suffixes.length - 1] ?? ''}`;
}

function listOf(titles: readonly string[], total: number): string {
  let list = '';
  let shown = 0;
  for (const title of titles) {
    const next = list === '' ? title : `${list}, ${title}`;
    if (shown > 0 && next.length > LIST_LENGTH) break;
    list = next;
    shown += 1;
  }
  return shown < total ? `${list}, …` : list;
}

/** The label lines of a group of items of one kind (at least one item). */
export function groupLines(kind: ItemKind, items: readonly Item[]): string[] {
  const [only] = items;
  if (items.length === 1 && only) {
    const kindLine = itemKindLine(only);
    return kindLine === '' ? [itemTitle(only)] : [itemTitle(only), kindLine];
  }
  const n = items.length;
  const head = items.slice(0, n <= 26 ? n : LISTED).map((item) => itemTitle(item));
  const suffixes = n <= 26 ? sharedPrefixSuffixes(head) : undefined;
  const name = CAPITALISED_PLURALS[kind];
  if (suffixes) {
    const short = run(suffixes) ?? listOf(suffixes, n);
    return [shortenLabel(`${name} ${short} (${String(n)})`, 60)];
  }
  return [`${name} (${String(n)})`, listOf(head.slice(0, LISTED), n)];
}
