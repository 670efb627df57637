import type { z } from 'zod';
import { quoteValue, safeValue } from '../text/quote-value';

/** One thing wrong with a plan, located by a JSON path a person can read. */
export interface Problem {
  path: string;
  message: string;
}

/** `["packagedPlan","deliveries",1,"items",3]` → `packagedPlan.deliveries[1].items[3]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${String(segment)}]`;
    // Keys come from the file: escaped and shortened like any other value from it.
    else out += out === '' ? safeValue(String(segment)) : `.${safeValue(String(segment))}`;
  }
  return out;
}

export function problemsFromZod(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
  }));
}

export function describeProblem(problem: Problem): string {
  return problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

/** How a value found in a file is named in a message: short, and never the whole value. */
export function describeFoundValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `text ${quoteValue(value, 40)}`;
    case 'number':
      return `the number ${String(value)}`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

function quoteAll(values: readonly unknown[]): string {
  const quoted = values.map((v) => JSON.stringify(v));
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1) ?? ''}`;
}

/**
 * Zod's default messages ("Invalid input: expected int, received number") rewritten in the
 * plain words a plan's author understands. Schemas with their own message keep it.
 */
export function plainIssueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'is missing';
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      return `must be ${expected} (found ${describeFoundValue(issue.input)})`;
    }
    case 'invalid_value':
      return `must be ${quoteAll(issue.values)} (found ${describeFoundValue(issue.input)})`;
    case 'invalid_union': {
      const { options, discriminator } = issue as { options?: unknown[]; discriminator?: string };
      if (options && options.length > 0) {
        const value =
          discriminator !== undefined && typeof issue.input === 'object' && issue.input !== null
            ? (issue.input as Record<string, unknown>)[discriminator]
            : issue.input;
        const found = value === undefined ? 'it is missing' : `found ${describeFoundValue(value)}`;
        return `must be one of ${quoteAll(options)} (${found})`;
      }
      return 'does not match any allowed form';
    }
    case 'too_small':
      return issue.origin === 'array'
        ? `must have at least ${String(issue.minimum)} entries`
        : `must be ${String(issue.minimum)} or more`;
    case 'too_big':
      return issue.origin === 'array'
        ? `must have at most ${String(issue.maximum)} entries`
        : `must be ${String(issue.maximum)} or less`;
    default:
      return undefined;
  }
}
