import { convertToStreams, type ConversionResult } from '../../core/conversion/convert';
import { capLines, quoteValue, safeValue } from '../../core/text/quote-value';
import { parseCommandArgs } from '../args';
import { EXIT, type CliIo, type ExitCode } from '../io';
import { emitPlanResult } from '../plan-output';
import { readPlanForCommand } from '../plan-input';

export async function convertCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const { plan: path, values } = parseCommandArgs('convert', args, {
    output: { type: 'string', short: 'o' },
  });
  const input = await readPlanForCommand(path, io);
  if (!input) return EXIT.invalid;
  const result = convertToStreams(input.plan);
  const exit = await emitPlanResult(io, result.plan, values.output, path);
  if (exit !== EXIT.ok) return exit;
  for (const line of describeConversion(input.name, result)) io.err(line);
  if (typeof values.output === 'string') io.err(`Wrote ${values.output}`);
  return EXIT.ok;
}

/**
 * The change summary and the unmapped items, as lines for stderr. Names and ids come from the
 * plan: quoted and escaped, and each list stops after the first 50 with a count.
 */
export function describeConversion(name: string, result: ConversionResult): string[] {
  const { changes, unmapped } = result;
  const streams = result.plan.streamDesign?.streams ?? [];
  const names = new Map(streams.map((stream) => [stream.id, stream.name]));
  const label = (id: string): string => quoteValue(names.get(id) ?? id);
  const ids = (list: readonly string[]): string =>
    capLines(list, safeValue, { one: 'item', many: 'items' }, 10).join(', ');
  const added = new Set(changes.streamsAdded);
  const lines = [
    `${safeValue(name)}: ${String(streams.length)} streams (${String(changes.streamsAdded.length)} added, ${String(changes.streamsKept.length)} kept, ${String(changes.streamsRemoved.length)} removed), ${String(unmapped.length)} unmapped items, ${String(changes.conflicts.length)} conflicts`,
    ...capLines(changes.streamsAdded, (id) => `  added stream ${label(id)}`, STREAMS),
    ...capLines(
      changes.streamsRemoved,
      (id) => `  removed stream ${quoteValue(id)} (its rule takes no item any more)`,
      STREAMS,
    ),
    ...capLines(
      changes.itemsAdded.filter((change) => !added.has(change.streamId)),
      (change) => `  ${label(change.streamId)}: added ${ids(change.itemIds)}`,
      CHANGES,
    ),
    ...capLines(
      changes.itemsRemoved,
      (change) => `  ${label(change.streamId)}: removed ${ids(change.itemIds)}`,
      CHANGES,
    ),
    ...capLines(changes.conflicts, (conflict) => `  conflict: ${conflict.message}`, CONFLICTS),
    ...capLines(
      unmapped,
      (item) =>
        `  unmapped: ${safeValue(item.itemId)} ${quoteValue(item.title)} in ${safeValue(item.deliveryId)}: ${item.reason}`,
      { one: 'unmapped item', many: 'unmapped items' },
    ),
  ];
  return lines;
}

const STREAMS = { one: 'stream', many: 'streams' };
const CHANGES = { one: 'stream changed', many: 'streams changed' };
const CONFLICTS = { one: 'conflict', many: 'conflicts' };
