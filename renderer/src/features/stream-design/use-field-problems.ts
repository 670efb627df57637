import { useDocumentStore } from '../../state/document-store';
import { problemIndexOf } from '../../ui/field-problems';

export { useFieldError } from '../../ui/field-problems';

/**
 * The validator's messages at `path` and inside it (a role list's entries), joined for Mantine's
 * `error` prop. It selects a string, so the field re-renders only when its own messages change.
 */
export function useProblemsUnder(path: string): string | undefined {
  return useDocumentStore((s) => {
    if (!s.plan) return undefined;
    const messages = problemIndexOf(s.plan)
      .all.filter(
        (problem) =>
          problem.path === path ||
          problem.path.startsWith(`${path}.`) ||
          problem.path.startsWith(`${path}[`),
      )
      .map((problem) => problem.message);
    return messages.length === 0 ? undefined : messages.join('; ');
  });
}
