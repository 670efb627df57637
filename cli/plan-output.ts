import { validatePlanData } from '../core/plan/references';
import type { Plan } from '../core/plan/schema';
import { serializePlan } from '../core/plan/serialize';
import { safeValue } from '../core/text/quote-value';
import { AtomicWriteError } from '../io/atomic-write';
import { PlanFiles } from '../io/plan-documents';
import { EXIT, type CliIo, type ExitCode } from './io';
import { reportProblems } from './plan-input';

/**
 * A plan a command made, printed or written with `-o`. Only a plan `validate` accepts leaves a
 * command: one with problems (an `--into` plan whose streams trace to removed items) is named
 * problem by problem and nothing is written. A file is written through the app's own save path,
 * so that it takes the plan's lock (an app saving the same file waits, then sees the change as
 * a conflict), obeys the one size limit and clears stale temp files. The user asked to replace
 * the file, so no conflict check.
 */
export async function emitPlanResult(
  io: CliIo,
  plan: Plan,
  output: unknown,
  source: string,
): Promise<ExitCode> {
  const checked = validatePlanData(plan);
  if (!checked.ok) {
    reportProblems(source, checked.problems, io, checked.totalProblems);
    io.err(
      `${safeValue(source)}: nothing written: the plan it makes would not pass validate (\`transition-studio convert\` takes out traces to items no longer in the plan).`,
    );
    return EXIT.invalid;
  }
  const text = serializePlan(plan);
  if (typeof output !== 'string') {
    io.out(text);
    return EXIT.ok;
  }
  try {
    await new PlanFiles().save(output, text, { expected: null, overwrite: true, backup: false });
  } catch (error) {
    io.err(error instanceof AtomicWriteError ? error.message : `Could not write "${output}".`);
    return EXIT.invalid;
  }
  return EXIT.ok;
}
