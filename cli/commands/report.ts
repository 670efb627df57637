import { computePlanMetrics } from '../../core/metrics';
import { checkReadiness } from '../../core/readiness';
import { buildMarkdownReport } from '../../core/report/markdown-report';
import { AtomicWriteError, writeFileAtomic } from '../../io/atomic-write';
import { parseCommandArgs } from '../args';
import { EXIT, type CliIo, type ExitCode } from '../io';
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
  const output = values.output;
  if (typeof output !== 'string') {
    io.out(markdown);
    return EXIT.ok;
  }
  try {
    await writeFileAtomic(output, markdown);
  } catch (error) {
    io.err(error instanceof AtomicWriteError ? error.message : `Could not write "${output}".`);
    return EXIT.invalid;
  }
  io.err(`Wrote ${output}`);
  return EXIT.ok;
}
