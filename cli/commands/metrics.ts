import { computePlanMetrics } from '../../core/metrics';
import { formatMetricsReport } from '../../core/metrics/report';
import { safeValue } from '../../core/text/quote-value';
import { parseCommandArgs } from '../args';
import { parseDoraYear } from '../dora-option';
import { EXIT, type CliIo, type ExitCode } from '../io';
import { readPlanForCommand } from '../plan-input';
import { designFor } from '../../core/conversion/design-for';

export async function metricsCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const { plan: path, values } = parseCommandArgs('metrics', args, {
    json: { type: 'boolean' },
    dora: { type: 'string' },
  });
  const doraYear = parseDoraYear('metrics', values.dora);
  const input = await readPlanForCommand(path, io);
  if (!input) return EXIT.invalid;
  const design = designFor(input.plan);
  const result = computePlanMetrics(input.plan, design.streams, { doraYear });
  if (!result.ok) {
    io.err(`${safeValue(path)}: ${result.reason}`);
    return EXIT.invalid;
  }
  if (design.proposed) {
    io.err(
      `${safeValue(input.name)}: no stream design saved in the plan; the streams side uses the default conversion.`,
    );
  }
  io.out(
    values.json === true
      ? `${JSON.stringify(result.metrics, null, 2)}\n`
      : formatMetricsReport(result.metrics),
  );
  return EXIT.ok;
}
