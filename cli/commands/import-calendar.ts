import { calendarImportRange } from '../../core/calendar/import-range';
import { IMPORTED_KINDS, type ImportedKind } from '../../core/calendar/ics-kind';
import { describeCalendarImport, mergeIcsCalendar } from '../../core/calendar/ics-merge';
import { safeValue } from '../../core/text/quote-value';
import { readIcsFile } from '../../io/calendar/read-ics-file';
import { parseCommandArgs } from '../args';
import { EXIT, UsageError, type CliIo, type ExitCode } from '../io';
import { emitPlanResult } from '../plan-output';
import { readPlanForCommand } from '../plan-input';

/**
 * `import-calendar <file.ics> --into <plan>`: freeze, blackout and maintenance windows and
 * public holidays from an iCalendar file into the plan's change calendar, printed as the plan
 * (or written to -o). Events already imported are updated by their UID. An event that cannot be
 * read is named; with any, nothing is written (exit 1) unless `--partial`.
 */
export async function importCalendarCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const { plan: path, values } = parseCommandArgs(
    'import-calendar',
    args,
    {
      into: { type: 'string' },
      output: { type: 'string', short: 'o' },
      kind: { type: 'string' },
      partial: { type: 'boolean' },
    },
    'an iCalendar file (.ics)',
  );
  const usage = (message: string) =>
    new UsageError(`transition-studio import-calendar: ${message}`);
  if (typeof values.into !== 'string') throw usage('give --into <plan> to put the calendar in');
  const kind = values.kind;
  if (kind !== undefined && !IMPORTED_KINDS.includes(kind as ImportedKind)) {
    throw usage(`--kind is one of ${IMPORTED_KINDS.join(', ')}`);
  }
  const input = await readPlanForCommand(values.into, io);
  if (!input) return EXIT.invalid;
  const read = await readIcsFile(path, {
    range: calendarImportRange(input.plan),
    ...(typeof kind === 'string' ? { defaultKind: kind as ImportedKind } : {}),
  });
  if (!read.ok) {
    io.err(read.message);
    return EXIT.invalid;
  }
  const name = safeValue(read.name);
  const { calendar } = read;
  for (const notice of calendar.notices) io.err(`${name}: ${notice}`);
  for (const problem of calendar.problems) io.err(`${name}: ${problem}`);
  if (calendar.problems.length > 0 && values.partial !== true) {
    io.err(
      `${name}: nothing written: ${String(calendar.problems.length)} event(s) could not be read (--partial imports the others).`,
    );
    return EXIT.invalid;
  }
  const merged = mergeIcsCalendar(input.plan.changeCalendar, calendar);
  const plan = { ...input.plan, changeCalendar: merged.calendar };
  const exit = await emitPlanResult(io, plan, values.output, values.into);
  if (exit !== EXIT.ok) return exit;
  io.err(`${name}: ${describeCalendarImport(merged.counts)}.`);
  if (typeof values.output === 'string') io.err(`Wrote ${values.output}`);
  return EXIT.ok;
}
