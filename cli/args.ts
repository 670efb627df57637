import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses one command's arguments: exactly one plan file plus the options the command allows.
 * Anything else is a usage error with a sentence that names the command.
 */
export function parseCommandArgs(
  command: string,
  args: readonly string[],
  options: Options,
  what = 'a plan file',
): { plan: string; values: Record<string, string | boolean | (string | boolean)[] | undefined> } {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UsageError(`transition-studio ${command}: ${detail}`);
  }
  const [plan, ...extra] = parsed.positionals;
  if (plan === undefined) throw new UsageError(`transition-studio ${command}: give ${what}`);
  if (extra.length > 0) {
    throw new UsageError(
      `transition-studio ${command}: give one ${what.replace(/^a /, '')} (also got "${extra.join('", "')}")`,
    );
  }
  return { plan, values: parsed.values };
}
