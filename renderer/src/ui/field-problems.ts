import type { Problem } from '../../../core/plan/problems';
import { validatePlanData } from '../../../core/plan/references';
import type { Plan } from '../../../core/plan/schema';
import { useDocumentStore } from '../state/document-store';

interface ProblemIndex {
  /** Messages by exact path, joined with "; " when a field has several. */
  byPath: ReadonlyMap<string, string>;
  all: readonly Problem[];
}

// One validation per plan version, shared by every field that asks (the plan is immutable).
const cache = new WeakMap<Plan, ProblemIndex>();

export function problemIndexOf(plan: Plan): ProblemIndex {
  let index = cache.get(plan);
  if (!index) {
    const result = validatePlanData(plan);
    const all = result.ok ? [] : result.problems;
    const byPath = new Map<string, string>();
    for (const problem of all) {
      const before = byPath.get(problem.path);
      byPath.set(
        problem.path,
        before === undefined ? problem.message : `${before}; ${problem.message}`,
      );
    }
    index = { byPath, all };
    cache.set(plan, index);
  }
  return index;
}

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
