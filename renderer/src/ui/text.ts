/** The text, or the fallback when it is missing or only spaces (an unnamed delivery, say). */
export function textOr(text: string | undefined, fallback: string): string {
  return text === undefined || text.trim() === '' ? fallback : text;
}

const AND_LIST = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/** Names in a sentence: "A", "A and B", "A, B and C" (quoted, since names are the user's). */
export function quotedList(names: readonly string[]): string {
  return AND_LIST.format(names.map((name) => `“${name}”`));
}

/** The sentence after a removal that also took items out of streams; empty when none did. */
export function streamsLostSentence(streams: readonly string[], what: string): string {
  if (streams.length === 0) return '';
  return streams.length === 1
    ? `The stream ${quotedList(streams)} no longer carries ${what}.`
    : `The streams ${quotedList(streams)} no longer carry ${what}.`;
}
