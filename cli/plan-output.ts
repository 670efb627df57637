import { AtomicWriteError } from '../io/atomic-write';
import { PlanFiles } from '../io/plan-documents';
import { EXIT, type CliIo, type ExitCode } from './io';

/**
 * A plan written with `-o`: through the app's own save path, so that it takes the plan's lock
 * (an app saving the same file waits, then sees the change as a conflict), obeys the one size
 * limit and clears stale temp files. The user asked to replace the file, so no conflict check.
 */
export async function emitPlanResult(io: CliIo, text: string, output: unknown): Promise<ExitCode> {
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
