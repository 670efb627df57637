/** The text, or the fallback when it is missing or only spaces (an unnamed delivery, say). */
export function textOr(text: string | undefined, fallback: string): string {
  return text === undefined || text.trim() === '' ? fallback : text;
}
