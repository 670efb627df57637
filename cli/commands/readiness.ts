import { format } from 'date-fns';
import { checkReadiness } from '../../core/readiness';
import { IsoDateSchema } from '../../core/plan/schema';
import { parseCommandArgs } from '../args';
import { EXIT, UsageError, type CliIo, type ExitCode } from '../io';
import { readPlanForCommand } from '../plan-input';

/**
 * `transition-studio readiness <plan> [--json] [--today YYYY-MM-DD]`: the readiness findings,
 * checked against today's date (the machine's, unless --today sets it, so a pipeline can
 * repeat a run). Findings are advice: exit 0 with them printed, 1 only for an invalid plan.
 */
export async function readinessCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const { plan: path, values } = parseCommandArgs('readiness', args, {
    json: { type: 'boolean' },
    today: { type: 'string' },
  });
  const today = parseToday(values.today);
  const input = await readPlanForCommand(path, io);
  if (!input) return EXIT.invalid;
  const findings = checkReadiness(input.plan, { today });
  if (values.json === true) {
    io.out(`${JSON.stringify({ today, findings }, null, 2)}\n`);
    return EXIT.ok;
  }
  // A grouped finding prints once, then each thing it holds for on its own indented line.
  const lines = findings.flatMap((finding) => [
    `${finding.severity} ${finding.check}${finding.path ? ` ${finding.path}` : ''}: ${finding.message}`,
    ...(finding.members ?? []).map((member) => `  - ${member.subject} (${member.path})`),
  ]);
  const count = `${String(findings.length)} ${findings.length === 1 ? 'finding' : 'findings'}`;
  io.out(`${[`Readiness on ${today}: ${count}`, ...lines].join('\n')}\n`);
  return EXIT.ok;
}

function parseToday(value: unknown): string {
  if (value === undefined) return format(new Date(), 'yyyy-MM-dd');
  if (typeof value === 'string' && IsoDateSchema.safeParse(value).success) return value;
  throw new UsageError(
    `transition-studio readiness: --today must be a date written YYYY-MM-DD (got ${JSON.stringify(value)})`,
  );
}
