import { useDocumentStore } from '../state/document-store';
import { problemIndexOf } from '../state/validation';

export { problemIndexOf };

/**
 * The core validator's message for the field at `path` (e.g.
 * `packagedPlan.deliveries[0].items[2].targetPercent`), for Mantine's `error` prop. It selects
 * a string, so a field re-renders only when its own message changes, not on every keystroke
 * elsewhere in the plan.
 */
export function useFieldError(path: string): string | undefined {
  return useDocumentStore((s) => (s.plan ? problemIndexOf(s.plan).byPath.get(path) : undefined));
}

/** How many problems lie at or under `path`: for a badge on a collapsed card. */
export function useProblemCountUnder(path: string): number {
  return useDocumentStore((s) => {
    if (!s.plan) return 0;
    let count = 0;
    for (const problem of problemIndexOf(s.plan).all) {
      if (
        problem.path === path ||
        problem.path.startsWith(`${path}.`) ||
        problem.path.startsWith(`${path}[`)
      ) {
        count += 1;
      }
    }
    return count;
  });
}
