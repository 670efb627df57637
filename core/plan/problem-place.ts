import { safeValue } from '../text/quote-value';
import { humanise, numbered, own, PLAN_SHAPE, record, type Shape } from './plan-shape';

/** `packagedPlan.deliveries[0].date` → `["packagedPlan", "deliveries", 0, "date"]`. */
export function pathSegments(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const match of path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) {
    segments.push(match[1] === undefined ? (match[2] ?? '') : Number(match[1]));
  }
  return segments;
}

/** Whether a part's words can be left out: the next part is one the table names. */
function namesNext(shape: Shape, next: string | number | undefined): boolean {
  if (next === undefined) return false;
  return typeof next === 'number'
    ? shape.entries !== undefined
    : own(shape.fields, next) !== undefined;
}

/**
 * Where a problem lies, in the words of the editor: `Delivery "Wave 1" › Go-live date`. Reads
 * the raw data, because a plan with problems may not have parsed; a part it cannot read is
 * named by its number ("Delivery 2"). An empty path (the whole file) has no place.
 */
export function placeOf(data: unknown, path: string): string {
  const words: string[] = [];
  const segments = pathSegments(path);
  let shape: Shape | undefined = PLAN_SHAPE;
  let node: unknown = data;
  segments.forEach((segment, s) => {
    if (typeof segment === 'number') {
      const entry: unknown = Array.isArray(node) ? node[segment] : undefined;
      const name = (shape?.entries?.name ?? numbered('Entry'))(entry, segment);
      words.push(name);
      shape = shape?.entries?.shape;
      node = entry;
      return;
    }
    const holder = record(node);
    const field: Shape | undefined = own(shape?.fields, segment) ?? shape?.values;
    const label = field?.label;
    let said: string;
    if (typeof label === 'function') said = label(holder);
    else if (label !== undefined) said = label;
    else said = shape?.values ? `"${safeValue(segment)}"` : humanise(segment);
    if (field?.inside !== 'silent' || !namesNext(field, segments[s + 1])) words.push(said);
    shape = field;
    node = Object.hasOwn(holder, segment) ? holder[segment] : undefined;
  });
  // An empty word is a field its holder already names (a cadence's kind is the Cadence field).
  return words.filter((word) => word !== '').join(' › ');
}
