import { findReferenceProblems } from '../../core/plan/references';
import { countItems } from '../../core/plan/item-kinds';
import { safeValue } from '../../core/text/quote-value';
import { parseCommandArgs } from '../args';
import { EXIT, type CliIo, type ExitCode } from '../io';
import { readPlanForCommand, reportProblems } from '../plan-input';

export async function validateCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const { plan: path } = parseCommandArgs('validate', args, {});
  const input = await readPlanForCommand(path, io);
  if (!input) return EXIT.invalid;
  const problems = findReferenceProblems(input.plan);
  if (problems.length > 0) {
    reportProblems(path, problems, io);
    return EXIT.invalid;
  }
  const { deliveries } = input.plan.packagedPlan;
  const streams = input.plan.streamDesign?.streams.length;
  const parts = [
    `${String(deliveries.length)} deliveries`,
    `${String(countItems(deliveries))} items`,
    ...(streams === undefined ? [] : [`${String(streams)} streams`]),
  ];
  io.out(`${safeValue(input.name)}: valid plan (${parts.join(', ')})`);
  return EXIT.ok;
}
