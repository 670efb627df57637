import type { Problem } from './problems';

/** Deeper than any plan needs, shallow enough that saving it again cannot overflow the stack. */
export const MAX_NESTING_DEPTH = 100;

/**
 * Keys that would reach an object's prototype if copied with plain assignment. Zod drops a
 * `__proto__` key silently, so accepting it would lose data on the next save: refuse instead.
 */
const FORBIDDEN_KEYS = new Set(['__proto__']);

/**
 * Walks parsed JSON without recursion (a hostile file may nest a million levels) and reports
 * the first place that is nested too deep or uses a key that cannot be kept safely.
 */
export function findUnsafeJson(root: unknown): Problem | undefined {
  const stack: { value: unknown; depth: number; path: string }[] = [
    { value: root, depth: 0, path: '' },
  ];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { value, depth, path } = next;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_NESTING_DEPTH) {
      return {
        path,
        message: `nests objects or lists more than ${String(MAX_NESTING_DEPTH)} levels deep, which a plan never needs`,
      };
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i -= 1) {
        const child: unknown = value[i];
        if (typeof child === 'object' && child !== null) {
          stack.push({ value: child, depth: depth + 1, path: `${path}[${String(i)}]` });
        }
      }
      continue;
    }
    for (const key of Object.keys(value)) {
      const childPath = path === '' ? key : `${path}.${key}`;
      if (FORBIDDEN_KEYS.has(key)) {
        return {
          path: childPath,
          message: `uses the reserved key "${key}", which a plan may not contain`,
        };
      }
      const child: unknown = (value as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) {
        stack.push({ value: child, depth: depth + 1, path: childPath });
      }
    }
  }
  return undefined;
}
