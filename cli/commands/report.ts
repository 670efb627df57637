import { computePlanMetrics } from '../../core/metrics';
import { checkReadiness } from '../../core/readiness';
import { buildMarkdownReport } from '../../core/report/markdown-report';
import { parseCommandArgs } from '../args';
import { EXIT, type CliIo, type ExitCode } from '../io';
import { emitResult } from '../output';
import { readPlanForCommand } from '../plan-input';
import { designFor } from '../stream-design';

export async function reportCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const { plan: path, values } = parseCommandArgs('report', args, {
    output: { type: 'string', short: 'o' },
  });
  const input = await readPlanForCommand(path, io);
  if (!input) return EXIT.invalid;
  const design = designFor(input.plan);
  const withDesign = {
    ...input.plan,
    streamDesign: { ...input.plan.streamDesign, streams: design.streams },
  };
  const markdown = buildMarkdownReport({
    plan: input.plan,
    streams: design.streams,
    streamsProposed: design.proposed,
    unmapped: design.unmapped,
    metrics: computePlanMetrics(input.plan, design.streams),
    findings: checkReadiness(withDesign),
  });
  const exit = await emitResult(io, markdown, values.output);
  if (exit === EXIT.ok && typeof values.output === 'string') io.err(`Wrote ${values.output}`);
  return exit;
}
