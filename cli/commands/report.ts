import { planReportMarkdown } from '../../core/report/plan-report';
import { parseCommandArgs } from '../args';
import { EXIT, type CliIo, type ExitCode } from '../io';
import { emitResult } from '../output';
import { readPlanForCommand } from '../plan-input';

export async function reportCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const { plan: path, values } = parseCommandArgs('report', args, {
    output: { type: 'string', short: 'o' },
  });
  const input = await readPlanForCommand(path, io);
  if (!input) return EXIT.invalid;
  const exit = await emitResult(io, planReportMarkdown(input.plan), values.output);
  if (exit === EXIT.ok && typeof values.output === 'string') io.err(`Wrote ${values.output}`);
  return exit;
}
