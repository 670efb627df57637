import { quoteValue } from '../text/quote-value';

/**
 * The one wording for a thing the user has not named yet. Everything that shows a title falls
 * back through here, so a plan reads "Untitled plan" and an item reads `(untitled, id "fr-1")`
 * in the app, the report, the diagrams, readiness and the CLI alike.
 */
export const UNTITLED_PLAN = 'Untitled plan';

/** The plan's title for a heading: its own, or "Untitled plan" when it is blank. */
export function planTitle(title: string): string {
  return title.trim() === '' ? UNTITLED_PLAN : title;
}

/** An untitled item, delivery or stream, named by the id that tells it apart. */
export function untitled(id: string): string {
  return `(untitled, id ${quoteValue(id)})`;
}

/** A title as lists show it: its own text, or the untitled wording when it is blank. */
export function titleOr(title: string, id: string): string {
  return title.trim() === '' ? untitled(id) : title;
}
