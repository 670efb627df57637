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

/** Whether a problem lies at `path` or inside it (`path.x`, `path[2]`). */
function isUnder(problemPath: string, path: string): boolean {
  return (
    problemPath === path || problemPath.startsWith(`${path}.`) || problemPath.startsWith(`${path}[`)
  );
}

/** How many problems lie at or under `path`: for a badge on a collapsed card. */
export function useProblemCountUnder(path: string): number {
  return useDocumentStore((s) => {
    if (!s.plan) return 0;
    return problemIndexOf(s.plan).all.filter((problem) => isUnder(problem.path, path)).length;
  });
}

/**
 * The validator's messages at `path` and inside it (a role list's entries), joined for Mantine's
 * `error` prop. It selects a string, so the field re-renders only when its own messages change.
 */
export function useProblemsUnder(path: string): string | undefined {
  return useDocumentStore((s) => {
    if (!s.plan) return undefined;
    const messages = problemIndexOf(s.plan)
      .all.filter((problem) => isUnder(problem.path, path))
      .map((problem) => problem.message);
    return messages.length === 0 ? undefined : messages.join('; ');
  });
}
