import type { z } from 'zod';
import { quoteValue, safeValue } from '../text/quote-value';

/**
 * One thing wrong with a plan. `path` is the machine's JSON path (the editor goes to the field
 * by it, scripts read it); `place` says where it is in the editor's words, when it was named
 * (see problem-place.ts).
 */
export interface Problem {
  path: string;
  message: string;
  place?: string;
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

/** The value at a path inside `root`, or undefined when there is none. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const segment of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    const key = typeof segment === 'number' ? String(segment) : segment;
    if (!Object.hasOwn(node, key)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/**
 * A zod issue as a problem, with the bad value the user has to look for: the schema's own
 * messages ("must be a date that exists in the calendar") do not say what was found, so it is
 * added for a value that can be shown (text, a number, true/false). `value` is what was checked,
 * found at `prefix` in the plan.
 */
export function problemFromIssue(
  issue: z.core.$ZodIssue,
  value: unknown,
  prefix: readonly PropertyKey[] = [],
): Problem {
  const path = formatPath([...prefix, ...issue.path]);
  if (/\(found\b/.test(issue.message)) return { path, message: issue.message };
  const found = valueAt(value, issue.path);
  // An empty text needs no showing: the message already says it must not be empty.
  const shown =
    (['string', 'number', 'boolean'].includes(typeof found) || found === null) && found !== '';
  return {
    path,
    message: shown ? `${issue.message} (found ${describeFoundValue(found)})` : issue.message,
  };
}

/** A problem for a person: where it is in the editor's words (else its path), then what. */
export function describeProblem(problem: Problem): string {
  const where = problem.place ?? problem.path;
  return where === '' ? problem.message : `${where}: ${problem.message}`;
}

/**
 * A problem for someone who may be editing the JSON by hand: the editor's words and the JSON
 * path in brackets, `Delivery "Wave 1" › Go-live date (packagedPlan.deliveries[0].date): …`.
 */
export function describeProblemWithPath(problem: Problem): string {
  const { place, path } = problem;
  if (place === undefined || place === '' || place === path) return describeProblem(problem);
  return path === '' ? `${place}: ${problem.message}` : `${place} (${path}): ${problem.message}`;
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
      // 1e999 in a file reads as Infinity, which no message should print.
      return Number.isFinite(value) ? `the number ${String(value)}` : 'a number too large to use';
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
