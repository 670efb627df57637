import type { z } from 'zod';

/** One thing wrong with a plan, located by a JSON path a person can read. */
export interface Problem {
  path: string;
  message: string;
}

/** `["packagedPlan","deliveries",1,"items",3]` → `packagedPlan.deliveries[1].items[3]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${String(segment)}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

export function problemsFromZod(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
  }));
}

export function describeProblem(problem: Problem): string {
  return problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`;
}
