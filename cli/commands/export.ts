import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { forwardScheduleIcs, scheduleContents } from '../../core/calendar/ics-write';
import { slugify } from '../../core/export/file-names';
import {
  packagedPlanSheet,
  streamsSheet,
  tracesSheet,
  type ExportSheet,
} from '../../core/export/plan-tables';
import { designFor } from '../../core/conversion/design-for';
import { sheetsToXlsx, sheetToCsv } from '../../io/export/sheets-file';
import { parseCommandArgs } from '../args';
import { EXIT, UsageError, type CliIo, type ExitCode } from '../io';
import { emitResult, writeOutputFile } from '../output';
import { readPlanForCommand } from '../plan-input';
import { handoffFiles, HANDOFF_FORMATS, type HandoffFormat } from './export-handoff';

const FORMATS = ['xlsx', 'csv', 'ics', ...HANDOFF_FORMATS] as const;
const SHEETS = ['packaged', 'streams', 'traces'] as const;
type SheetName = (typeof SHEETS)[number];

/**
 * `export <plan> --format xlsx|csv|ics|servicenow|jsm`: the packaged plan (in the columns `import`
 * reads back) and the stream design with its traces, the forward schedule of change (.ics), or
 * the ITSM hand-off. A workbook holds all three sheets; CSV is one file per sheet, so several go
 * to a folder.
 */
export async function exportCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const { plan: path, values } = parseCommandArgs('export', args, {
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    sheet: { type: 'string' },
    as: { type: 'string' },
  });
  const usage = (message: string): UsageError =>
    new UsageError(`transition-studio export: ${message}`);
  const format = values.format;
  if (typeof format !== 'string' || !(FORMATS as readonly string[]).includes(format)) {
    throw usage(`give --format ${FORMATS.join('|')}`);
  }
  const sheet = values.sheet;
  if (
    sheet !== undefined &&
    (typeof sheet !== 'string' || !(SHEETS as readonly string[]).includes(sheet))
  ) {
    throw usage(`--sheet is one of ${SHEETS.join(', ')}`);
  }
  const output = typeof values.output === 'string' ? values.output : undefined;
  if (format === 'xlsx' && output === undefined)
    throw usage('a workbook is binary: give -o <file.xlsx>');
  const input = await readPlanForCommand(path, io);
  if (!input) return EXIT.invalid;
  const { plan } = input;
  const design = designFor(plan);
  if (design.proposed)
    io.err(
      `${input.name}: the plan has no stream design; exported the one the default rules propose.`,
    );
  if (format === 'ics') {
    const schedule = forwardScheduleIcs(plan, {
      generatedAt: new Date().toISOString(),
      streams: design.streams,
    });
    io.err(`${input.name}: ${scheduleContents(schedule)} in the forward schedule of change.`);
    const file = { name: `${slugify(plan.title)}-schedule.ics`, text: schedule.text };
    return writeFiles(io, [file], output, plan.title, usage);
  }
  if (format !== 'xlsx' && format !== 'csv') {
    const files = handoffFiles(plan, design.streams, format as HandoffFormat, values.as);
    return writeFiles(io, files, output, plan.title, usage);
  }
  const sheets: Record<SheetName, () => ExportSheet> = {
    packaged: () => packagedPlanSheet(plan),
    streams: () => streamsSheet(design.streams),
    traces: () => tracesSheet(plan, design.streams),
  };
  if (format === 'xlsx' && output !== undefined) {
    const bytes = await sheetsToXlsx(SHEETS.map((name) => sheets[name]()));
    const exit = await writeOutputFile(io, output, bytes);
    if (exit === EXIT.ok) io.err(`Wrote ${output}`);
    return exit;
  }
  const chosen = typeof sheet === 'string' ? [sheet as SheetName] : [...SHEETS];
  const files = chosen.map((name) => ({
    name: `${slugify(plan.title)}-${name}.csv`,
    text: sheetToCsv(sheets[name]()),
  }));
  return writeFiles(io, files, output, plan.title, usage);
}

/**
 * One file: to `-o` (a file, or a folder to put it in) or stdout. Several: `-o` is a folder,
 * created if missing; files in it are replaced, as a pipeline regenerates them.
 */
async function writeFiles(
  io: CliIo,
  files: readonly { name: string; text: string }[],
  output: string | undefined,
  title: string,
  usage: (message: string) => UsageError,
): Promise<ExitCode> {
  const folder = output === undefined ? false : await isFolder(output);
  const [only] = files;
  if (files.length === 1 && only !== undefined) {
    const target = output === undefined ? undefined : folder ? join(output, only.name) : output;
    const exit = await emitResult(io, only.text, target);
    if (exit === EXIT.ok && target !== undefined) io.err(`Wrote ${target}`);
    return exit;
  }
  if (output === undefined) {
    throw usage(
      `this makes ${String(files.length)} files for "${title}": give -o <folder>, or --sheet for one of them`,
    );
  }
  if (!folder) {
    try {
      await mkdir(output, { recursive: true });
    } catch {
      io.err(`transition-studio export: could not create the folder "${output}".`);
      return EXIT.invalid;
    }
  }
  for (const file of files) {
    const exit = await writeOutputFile(io, join(output, file.name), file.text);
    if (exit !== EXIT.ok) return exit;
    io.err(`Wrote ${join(output, file.name)}`);
  }
  return EXIT.ok;
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
