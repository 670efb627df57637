import { describeProblem } from '../core/plan/problems';
import { readPlanFile } from '../io/plan-file';

/**
 * The headless command line. Exit codes: 0 success, 1 invalid input, 2 usage error. Problems go
 * to stderr one per line (file, JSON path, message), never as a stack trace.
 */
const USAGE = `Usage: transition-studio <command> [options]

Commands:
  validate <plan>     check a plan file against the plan format (exit 1 when invalid)

Options:
  -h, --help          show this help
  -v, --version       show the version`;

declare const __APP_VERSION__: string | undefined;

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help') {
    console.log(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === '-v' || command === '--version') {
    console.log(typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'development');
    return 0;
  }
  if (command === 'validate') return validate(rest);
  console.error(`transition-studio: unknown command "${command}"\n\n${USAGE}`);
  return 2;
}

async function validate(args: readonly string[]): Promise<number> {
  if (args.length !== 1 || args[0] === undefined) {
    console.error('transition-studio validate: give exactly one plan file');
    return 2;
  }
  const result = await readPlanFile(args[0]);
  if (result.ok) {
    console.log(`${result.name}: valid plan`);
    return 0;
  }
  if (result.problems.length === 0) console.error(result.message);
  for (const problem of result.problems)
    console.error(`${result.path}: ${describeProblem(problem)}`);
  return 1;
}
