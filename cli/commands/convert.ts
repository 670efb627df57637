import { convertToStreams, type ConversionResult } from '../../core/conversion/convert';
import { serializePlan } from '../../core/plan/serialize';
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
  const text = serializePlan(result.plan);
  const exit = await emitPlanResult(io, text, values.output);
  if (exit !== EXIT.ok) return exit;
  for (const line of describeConversion(input.name, result)) io.err(line);
  if (typeof values.output === 'string') io.err(`Wrote ${values.output}`);
  return EXIT.ok;
}

/** The change summary and the unmapped items, as lines for stderr. */
export function describeConversion(name: string, result: ConversionResult): string[] {
  const { changes, unmapped } = result;
  const streams = result.plan.streamDesign?.streams ?? [];
  const names = new Map(streams.map((stream) => [stream.id, stream.name]));
  const label = (id: string): string => `"${names.get(id) ?? id}"`;
  const lines = [
    `${name}: ${String(streams.length)} streams (${String(changes.streamsAdded.length)} added, ${String(changes.streamsKept.length)} kept, ${String(changes.streamsRemoved.length)} removed), ${String(unmapped.length)} unmapped items, ${String(changes.conflicts.length)} conflicts`,
  ];
  for (const id of changes.streamsAdded) lines.push(`  added stream ${label(id)}`);
  for (const id of changes.streamsRemoved)
    lines.push(`  removed stream "${id}" (its rule takes no item any more)`);
  for (const change of changes.itemsAdded) {
    if (changes.streamsAdded.includes(change.streamId)) continue;
    lines.push(`  ${label(change.streamId)}: added ${change.itemIds.join(', ')}`);
  }
  for (const change of changes.itemsRemoved) {
    lines.push(`  ${label(change.streamId)}: removed ${change.itemIds.join(', ')}`);
  }
  for (const conflict of changes.conflicts) lines.push(`  conflict: ${conflict.message}`);
  for (const item of unmapped) {
    lines.push(`  unmapped: ${item.itemId} "${item.title}" in ${item.deliveryId}: ${item.reason}`);
  }
  return lines;
}
