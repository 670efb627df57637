import type { Problem } from '../../../../core/plan/problems';
import { validatePlanData } from '../../../../core/plan/references';
import type { Plan } from '../../../../core/plan/schema';
import { useDocumentStore } from '../../state/document-store';

// Validated once per plan version (plans are immutable), however many fields ask.
const cache = new WeakMap<Plan, readonly Problem[]>();

function problemsOf(plan: Plan): readonly Problem[] {
  let problems = cache.get(plan);
  if (!problems) {
    const result = validatePlanData(plan);
    problems = result.ok ? [] : result.problems;
    cache.set(plan, problems);
  }
  return problems;
}

function isUnder(problemPath: string, path: string): boolean {
  return (
    problemPath === path || problemPath.startsWith(`${path}.`) || problemPath.startsWith(`${path}[`)
  );
}

/**
 * The validator's messages for the field at `path` (and, with `under`, for the entries inside
 * it), joined for Mantine's `error` prop. It selects a string, so a field re-renders only when
 * its own message changes, not on every keystroke elsewhere in the plan.
 */
export function useFieldProblems(
  path: string,
  scope: 'exact' | 'under' = 'exact',
): string | undefined {
  return useDocumentStore((s) => {
    if (!s.plan) return undefined;
    const messages = problemsOf(s.plan)
      .filter((problem) =>
        scope === 'exact' ? problem.path === path : isUnder(problem.path, path),
      )
      .map((problem) => problem.message);
    return messages.length === 0 ? undefined : messages.join('; ');
  });
}
