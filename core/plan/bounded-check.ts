import { z } from 'zod';
import { formatPath, problemFromIssue, type Problem } from './problems';

/** Problems kept for the user; past this only their number is counted (the CLI shows 50). */
export const MAX_PROBLEMS_KEPT = 1000;

/** The first problems in order, and how many there were in all. */
export interface ProblemTally {
  problems: Problem[];
  total: number;
}

export function tallyProblems(problems: readonly Problem[]): ProblemTally {
  return { problems: problems.slice(0, MAX_PROBLEMS_KEPT), total: problems.length };
}

/** Adds problems to a tally, keeping at most MAX_PROBLEMS_KEPT of them. */
export function addProblems(tally: ProblemTally, more: readonly Problem[]): void {
  for (const problem of more) {
    tally.total += 1;
    if (tally.problems.length < MAX_PROBLEMS_KEPT) tally.problems.push(problem);
  }
}

type Params = Parameters<z.ZodType['safeParse']>[1];
type Path = readonly PropertyKey[];

function issuesAt(prefix: Path, error: z.ZodError, value: unknown): Problem[] {
  return error.issues.map((issue) => problemFromIssue(issue, value, prefix));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Lists longer than this are checked in slices of this many entries. */
const SLICE = 10_000;

/**
 * The lists longer than SLICE and every object or list that holds one: the parts `checkBounded`
 * takes apart instead of handing them to zod whole. Walks without recursion.
 */
export function findHeavyParts(root: unknown): WeakSet<object> {
  const heavy = new WeakSet<object>();
  const parents = new Map<object, object | undefined>();
  const stack: { value: object; parent: object | undefined }[] = [];
  if (typeof root === 'object' && root !== null) stack.push({ value: root, parent: undefined });
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { value, parent } = next;
    parents.set(value, parent);
    const children: unknown[] = Array.isArray(value) ? value : Object.values(value);
    if (Array.isArray(value) && value.length > SLICE) {
      for (let up: object | undefined = value; up !== undefined && !heavy.has(up);) {
        heavy.add(up);
        up = parents.get(up);
      }
    }
    for (const child of children) {
      if (typeof child === 'object' && child !== null) stack.push({ value: child, parent: value });
    }
  }
  return heavy;
}

/**
 * Checks `value` against `schema` and tallies its problems, without overflowing the stack.
 * Zod gathers the problems of a list with `push(...problems)`, which throws RangeError past
 * ~120,000 of them (130,000 invalid items). So the heavy parts (long lists and what holds them)
 * are taken apart: long lists slice by slice, objects field by field; and a part that still
 * overflows is taken apart the same way. The stack grows with the schema's depth only.
 */
export function checkBounded(
  schema: z.ZodType,
  value: unknown,
  params: Params,
  tally: ProblemTally,
  heavy: WeakSet<object>,
  prefix: Path = [],
): void {
  if (typeof value === 'object' && value !== null && heavy.has(value)) {
    checkParts(schema, value, params, tally, heavy, prefix);
    return;
  }
  let result: ReturnType<z.ZodType['safeParse']>;
  try {
    result = schema.safeParse(value, params);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const before = tally.total;
    checkParts(schema, value, params, tally, heavy, prefix);
    // The parts passed, so the whole failed for a reason this walk cannot name: say so.
    if (tally.total === before) {
      addProblems(tally, [
        {
          path: formatPath(prefix),
          message: 'could not be checked: it holds more than a plan can',
        },
      ]);
    }
    return;
  }
  if (!result.success) addProblems(tally, issuesAt(prefix, result.error, value));
}

function checkParts(
  schema: z.ZodType,
  value: unknown,
  params: Params,
  tally: ProblemTally,
  heavy: WeakSet<object>,
  prefix: Path,
): void {
  const def = schema.def;
  if (def.type === 'optional' && 'innerType' in def) {
    if (value !== undefined) {
      checkBounded(def.innerType as z.ZodType, value, params, tally, heavy, prefix);
    }
  } else if (def.type === 'array' && 'element' in def && Array.isArray(value)) {
    const element = def.element as z.ZodType;
    const sliceSchema = z.array(element);
    for (let start = 0; start < value.length; start += SLICE) {
      const slice: unknown[] = value.slice(start, start + SLICE);
      if (slice.some((entry) => typeof entry === 'object' && entry !== null && heavy.has(entry))) {
        slice.forEach((entry, offset) => {
          checkBounded(element, entry, params, tally, heavy, [...prefix, start + offset]);
        });
      } else {
        // One zod call per slice: its positions inside the slice are moved to the whole list.
        checkSlice(sliceSchema, element, slice, start, params, tally, heavy, prefix);
      }
    }
  } else if (def.type === 'object' && 'shape' in def && isRecord(value)) {
    for (const [key, field] of Object.entries(def.shape as Record<string, z.ZodType>)) {
      checkBounded(field, value[key], params, tally, heavy, [...prefix, key]);
    }
  } else {
    try {
      const result = schema.safeParse(value, params);
      if (!result.success) addProblems(tally, issuesAt(prefix, result.error, value));
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
    }
  }
}

function checkSlice(
  sliceSchema: z.ZodType,
  element: z.ZodType,
  slice: readonly unknown[],
  start: number,
  params: Params,
  tally: ProblemTally,
  heavy: WeakSet<object>,
  prefix: Path,
): void {
  let result: ReturnType<z.ZodType['safeParse']>;
  try {
    result = sliceSchema.safeParse(slice, params);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    slice.forEach((entry, offset) => {
      checkBounded(element, entry, params, tally, heavy, [...prefix, start + offset]);
    });
    return;
  }
  if (result.success) return;
  addProblems(
    tally,
    result.error.issues.map((issue) => {
      const [index, ...rest] = issue.path;
      if (typeof index !== 'number') return problemFromIssue(issue, slice, prefix);
      // The value is looked up in the slice, the path names the entry in the whole list.
      return problemFromIssue({ ...issue, path: rest }, slice[index], [...prefix, start + index]);
    }),
  );
}
