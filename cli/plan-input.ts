import { describeProblemWithPath, type Problem } from '../core/plan/problems';
import type { Plan } from '../core/plan/schema';
import { readPlanFile } from '../io/plan-file';
import { capLines, safeValue } from '../core/text/quote-value';
import type { CliIo } from './io';

/** Reads a plan for a command; on failure prints one line per problem, naming the file. */
export async function readPlanForCommand(
  path: string,
  io: CliIo,
): Promise<{ plan: Plan; name: string } | undefined> {
  const result = await readPlanFile(path);
  if (result.ok) return { plan: result.plan, name: result.name };
  if (result.problems.length === 0) io.err(result.message);
  reportProblems(path, result.problems, io, result.totalProblems);
  return undefined;
}

/** The first problems, one line each, and how many more there are (a plan may have millions). */
export function reportProblems(
  path: string,
  problems: readonly Problem[],
  io: CliIo,
  total = problems.length,
): void {
  const file = safeValue(path);
  const describe = (problem: Problem): string => `${file}: ${describeProblemWithPath(problem)}`;
  for (const line of capLines(problems, describe, undefined, undefined, total)) io.err(line);
}
