import { CURRENT_SCHEMA_VERSION, PLAN_FORMAT, PlanSchema, type Plan } from './schema';
import { describeFoundValue, plainIssueMessage, problemFromIssue, type Problem } from './problems';
import { placeOf } from './problem-place';
import { findUnsafeJson } from './json-safety';
import { describeJsonError } from './json-error';
import { migrateToCurrent } from './migrations';
import { findDuplicateIds } from './unique-ids';
import {
  addProblems,
  checkBounded,
  findHeavyParts,
  tallyProblems,
  type ProblemTally,
} from './bounded-check';

export type PlanParseResult =
  | { ok: true; plan: Plan; migratedFrom?: number }
  | {
      ok: false;
      /** The first MAX_PROBLEMS_KEPT problems, in order. */
      problems: Problem[];
      /** How many problems there were in all, when more than `problems` holds. */
      totalProblems?: number;
    };

/** Parses the text of a plan file; never throws, every failure comes back as problems. */
export function parsePlanText(text: string): PlanParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: describeJsonError(text, error) }] };
  }
  return parsePlanData(data);
}

/**
 * Structural validation: the envelope, safety, migration, the schema and unique ids. A plan
 * that passes can be opened and edited; `validatePlanData` adds the cross-references on top.
 * Every problem is placed in the editor's words.
 */
export function parsePlanData(data: unknown): PlanParseResult {
  const result = checkStructure(data);
  return result.ok ? result : { ...result, problems: placeProblems(data, result.problems) };
}

/** Names where each problem lies, reading the data the paths point into. */
export function placeProblems(data: unknown, problems: readonly Problem[]): Problem[] {
  return problems.map((problem) => {
    const place = placeOf(data, problem.path);
    return place === '' ? problem : { ...problem, place };
  });
}

function checkStructure(data: unknown): PlanParseResult {
  const envelope = checkEnvelope(data);
  if (!envelope.ok) return { ok: false, problems: [envelope.problem] };
  const unsafe = findUnsafeJson(data);
  if (unsafe) return { ok: false, problems: [unsafe] };
  const migrated = migrateToCurrent(envelope.record, envelope.version);
  if (!migrated.ok) {
    return { ok: false, problems: [{ path: 'schemaVersion', message: migrated.message }] };
  }
  const params = { error: plainIssueMessage };
  const heavy = findHeavyParts(migrated.data);
  if (heavy.has(migrated.data)) {
    // A list of more than 10,000 entries: checked in parts first, so that zod never meets
    // ~120,000 problems at once (it overflows the stack gathering them).
    const tally = tallyProblems([]);
    checkBounded(PlanSchema, migrated.data, params, tally, heavy);
    if (tally.total > 0) {
      addProblems(tally, findDuplicateIds(migrated.data));
      return failure(tally);
    }
  }
  let result: ReturnType<typeof PlanSchema.safeParse>;
  try {
    result = PlanSchema.safeParse(migrated.data, params);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const tally = tallyProblems([]);
    checkBounded(PlanSchema, migrated.data, params, tally, heavy);
    addProblems(tally, findDuplicateIds(migrated.data));
    return failure(tally);
  }
  const duplicates = findDuplicateIds(migrated.data);
  if (!result.success) {
    const data = migrated.data;
    const tally = tallyProblems(result.error.issues.map((issue) => problemFromIssue(issue, data)));
    addProblems(tally, duplicates);
    return failure(tally);
  }
  if (duplicates.length > 0) return failure(tallyProblems(duplicates));
  return migrated.migratedFrom === undefined
    ? { ok: true, plan: result.data }
    : { ok: true, plan: result.data, migratedFrom: migrated.migratedFrom };
}

type Envelope =
  { ok: true; record: Record<string, unknown>; version: number } | { ok: false; problem: Problem };

/** Checked first so that a file from elsewhere or from a newer app gets one clear sentence. */
function checkEnvelope(data: unknown): Envelope {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      ok: false,
      problem: { path: '', message: 'is not a Transition Studio plan (expected a JSON object)' },
    };
  }
  const record = data as Record<string, unknown>;
  if (record.format === undefined) {
    return {
      ok: false,
      problem: {
        path: 'format',
        message: `is missing, so this is not a Transition Studio plan (it must be "${PLAN_FORMAT}")`,
      },
    };
  }
  if (record.format !== PLAN_FORMAT) {
    return {
      ok: false,
      problem: {
        path: 'format',
        // The value is not quoted: this is some other program's file, and may be private.
        message: `is not "${PLAN_FORMAT}": this file is not a Transition Studio plan`,
      },
    };
  }
  const version = record.schemaVersion;
  if (version === undefined) {
    return {
      ok: false,
      problem: {
        path: 'schemaVersion',
        message: `is missing (this app reads version ${String(CURRENT_SCHEMA_VERSION)})`,
      },
    };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      problem: {
        path: 'schemaVersion',
        message: `must be a whole number of 1 or more (found ${describeFoundValue(version)})`,
      },
    };
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      problem: {
        path: 'schemaVersion',
        message: `is ${String(version)}, newer than this app reads (version ${String(CURRENT_SCHEMA_VERSION)}); update Transition Studio to open it`,
      },
    };
  }
  return { ok: true, record, version };
}

/** A failed parse: the problems kept, and their count when some were left out. */
export function failure(tally: ProblemTally): PlanParseResult {
  return tally.total > tally.problems.length
    ? { ok: false, problems: tally.problems, totalProblems: tally.total }
    : { ok: false, problems: tally.problems };
}
