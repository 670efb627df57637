/**
 * How deep a request may nest. A plan is about ten levels deep (plan, deliveries, items,
 * fields); a request nested thousands of levels is an attack or a bug, and would overflow the
 * stack of the schema check or of JSON.stringify, so it is refused before either runs.
 */
export const MAX_REQUEST_DEPTH = 100;

/** Whether `value` nests objects or arrays deeper than `limit`, checked without recursion. */
export function nestsDeeperThan(value: unknown, limit: number = MAX_REQUEST_DEPTH): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const next = stack.pop();
    if (next === undefined || typeof next.value !== 'object' || next.value === null) continue;
    if (next.depth >= limit) return true;
    if (seen.has(next.value)) continue;
    seen.add(next.value);
    for (const child of Object.values(next.value)) {
      if (typeof child === 'object' && child !== null) {
        stack.push({ value: child, depth: next.depth + 1 });
      }
    }
  }
  return false;
}
