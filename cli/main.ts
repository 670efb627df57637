import { EXIT, UsageError, processIo, type CliIo, type ExitCode } from './io';
import { EXPORT_BACKGROUNDS, SCALE_RANGE } from '../core/export/image-settings';

/**
 * The headless command line. Exit codes: 0 success, 1 invalid input, 2 usage error. Problems go
 * to stderr one per line (file, JSON path, message), never as a stack trace.
 */
export const USAGE = `Usage: transition-studio <command> <plan> [options]

Commands:
  validate <plan>                 check a plan file; one line per problem, exit 1 when invalid
  convert  <plan> [-o <out>]      convert the packaged plan into streams and print the plan
                                  (or write it to <out>); the change summary goes to stderr
  metrics  <plan> [--json] [--dora 2021|2023]
                                  packaged vs streams: release events, batch size, lead time,
                                  deployment frequency and DORA band, approvals, NFR path, ELS
  diagram  <plan> --view <packaged|streams|cadence|approvals|ci|all> [--view …]
           [--format mmd|svg|png] [--scale ${String(SCALE_RANGE.min)}-${String(SCALE_RANGE.max)}] [--background ${EXPORT_BACKGROUNDS.join('|')}]
           [--padding <px>] [-o <out>]
                                  Mermaid source (default), or SVG/PNG drawn in Chromium;
                                  one diagram: -o is the file (stdout without it, not PNG);
                                  several: -o is a folder of <plan>-<view>[-n].<ext> files
  report   <plan> [--format md|html|pdf|docx] [-o <file>] [--paper a4|letter]
           [--detail grouped|items] [--dora 2021|2023]
                                  the pack for the CAB: strategy, RACI, calendar, figures,
                                  checklists and diagrams (PDF and Word need -o)
  readiness <plan> [--json] [--today YYYY-MM-DD]
                                  readiness findings against today's date, each with its
                                  stable code; exit 0 with findings, 1 for an invalid plan
  import   <file.xlsx|.csv|.xml> [-o <plan>] [--mapping <m.json>] [--into <plan>] [--partial]
                                  a workbook, CSV or MS Project XML to a plan; a row that
                                  cannot be read is named (exit 1, nothing written, unless
                                  --partial); --into updates that plan's items by id
  import-calendar <file.ics> --into <plan> [-o <plan>] [--kind freeze|blackout|maintenance|holiday]
           [--partial]
                                  freeze, blackout and maintenance windows and public holidays
                                  from an iCalendar file into the plan's change calendar; a
                                  re-import updates the windows by their event UID
  export   <plan> --format xlsx|csv|ics|servicenow|jsm [--sheet packaged|streams|traces]
           [--as csv|json] [-o <out>]
                                  the packaged plan (re-importable) and the stream design
                                  with traces; the forward schedule of change as iCalendar
                                  (one event per stream run and per go-live); or the ITSM
                                  hand-off (docs/handoff.md)

Options:
  -h, --help                      show this help
  -v, --version                   show the version

Exit codes: 0 success, 1 invalid input, 2 usage error.`;

declare const __APP_VERSION__: string | undefined;

type Command = (args: readonly string[], io: CliIo) => Promise<ExitCode>;

/**
 * Each command is loaded when it runs: the bundle of all of them (workbook, Word and PDF
 * libraries) takes longer to parse than a `diagram` or `validate` call needs for its work.
 */
const COMMANDS = new Map<string, () => Promise<Command>>([
  ['validate', async () => (await import('./commands/validate')).validateCommand],
  ['convert', async () => (await import('./commands/convert')).convertCommand],
  ['metrics', async () => (await import('./commands/metrics')).metricsCommand],
  [
    'diagram',
    async () => {
      const { diagramCommand } = await import('./commands/diagram');
      return (args, io) => diagramCommand(args, io);
    },
  ],
  ['report', async () => (await import('./commands/report')).reportCommand],
  ['readiness', async () => (await import('./commands/readiness')).readinessCommand],
  ['import', async () => (await import('./commands/import')).importCommand],
  [
    'import-calendar',
    async () => (await import('./commands/import-calendar')).importCalendarCommand,
  ],
  ['export', async () => (await import('./commands/export')).exportCommand],
]);

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help') {
    io.out(USAGE);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '-v' || name === '--version') {
    io.out(typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'development');
    return EXIT.ok;
  }
  const load = COMMANDS.get(name);
  if (!load) {
    io.err(`transition-studio: unknown command "${name}"\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (rest.includes('-h') || rest.includes('--help')) {
    io.out(USAGE);
    return EXIT.ok;
  }
  try {
    const command = await load();
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n(run "transition-studio --help" for usage)`);
      return EXIT.usage;
    }
    // A bug of ours: still one sentence, never a stack trace.
    io.err(
      `transition-studio ${name}: unexpected error: ${error instanceof Error ? error.message : String(error)}`,
    );
    return EXIT.invalid;
  }
}
