import { parseImportMapping, type ImportMapping } from '../../core/import/mapping';
import type { ImportResult } from '../../core/import/import-table';
import { countItems } from '../../core/plan/item-kinds';
import { importFile } from '../../io/import/read-import-file';
import { readPlanText } from '../../io/plan-file';
import { parseCommandArgs } from '../args';
import { EXIT, type CliIo, type ExitCode } from '../io';
import { emitPlanResult } from '../plan-output';
import { readPlanForCommand } from '../plan-input';
import { describeJsonError } from '../../core/plan/json-error';
import { capLines, safeValue } from '../../core/text/quote-value';

/**
 * `import <file>`: a workbook, CSV or MS Project schedule to a plan. Every row that cannot be
 * read is one line naming its row; with any, nothing is written and the exit is 1, unless
 * `--partial` asks for the rows that could be read.
 */
export async function importCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const { plan: path, values } = parseCommandArgs(
    'import',
    args,
    {
      output: { type: 'string', short: 'o' },
      mapping: { type: 'string' },
      into: { type: 'string' },
      partial: { type: 'boolean' },
    },
    'a file to import (.xlsx, .csv or MS Project .xml)',
  );
  let mapping: ImportMapping | undefined;
  if (typeof values.mapping === 'string') {
    mapping = await readMapping(values.mapping, io);
    if (mapping === undefined) return EXIT.invalid;
  }
  let into;
  if (typeof values.into === 'string') {
    const read = await readPlanForCommand(values.into, io);
    if (!read) return EXIT.invalid;
    into = read.plan;
  }
  const imported = await importFile(path, {
    ...(mapping ? { mapping } : {}),
    ...(into ? { into } : {}),
  });
  if (!imported.ok) {
    io.err(imported.message);
    return EXIT.invalid;
  }
  const { name, result } = imported;
  for (const notice of result.notices) io.err(`${name}: ${notice}`);
  for (const problem of result.problems) {
    io.err(
      problem.row > 0
        ? `${name}: row ${String(problem.row)}: ${problem.message}`
        : `${name}: ${problem.message}`,
    );
  }
  const fatal = result.columns.length === 0 || result.problems.some((p) => p.row === 0);
  if (result.problems.length > 0 && (values.partial !== true || fatal)) {
    io.err(
      fatal
        ? `${name}: nothing imported.`
        : `${name}: nothing written: ${rowsCount(result.problems.length)} could not be read (--partial imports the others).`,
    );
    return EXIT.invalid;
  }
  // The plan named by --into is the one whose problems would stop the write.
  const exit = await emitPlanResult(
    io,
    result.plan,
    values.output,
    typeof values.into === 'string' ? values.into : path,
  );
  if (exit !== EXIT.ok) return exit;
  io.err(summary(name, result));
  if (typeof values.output === 'string') io.err(`Wrote ${values.output}`);
  return EXIT.ok;
}

function rowsCount(count: number): string {
  return count === 1 ? '1 row' : `${String(count)} rows`;
}

function summary(name: string, result: ImportResult): string {
  const { counts } = result;
  const deliveries = result.plan.packagedPlan.deliveries;
  const skipped =
    result.problems.length > 0 ? `, ${rowsCount(result.problems.length)} left out` : '';
  return `${name}: ${rowsCount(result.rowsRead)} read: ${String(counts.itemsAdded)} items added, ${String(counts.itemsUpdated)} updated, ${String(counts.deliveriesAdded)} deliveries added${skipped}; the plan has ${String(deliveries.length)} deliveries and ${String(countItems(deliveries))} items`;
}

async function readMapping(path: string, io: CliIo): Promise<ImportMapping | undefined> {
  const read = await readPlanText(path);
  if (!read.ok) {
    io.err(read.message);
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(read.text);
  } catch (error) {
    // Node's message quotes the start of the file; the words of describeJsonError do not.
    io.err(`${safeValue(read.name)}: ${describeJsonError(read.text, error)}.`);
    return undefined;
  }
  const parsed = parseImportMapping(json);
  if (parsed.ok) return parsed.mapping;
  for (const line of capLines(
    parsed.problems,
    (problem) => `${safeValue(read.name)}: ${problem}`,
  )) {
    io.err(line);
  }
  return undefined;
}
