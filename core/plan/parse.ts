import { CURRENT_SCHEMA_VERSION, PLAN_FORMAT, PlanSchema, type Plan } from './schema';
import { describeFoundValue, formatPath, plainIssueMessage, type Problem } from './problems';
import { findUnsafeJson } from './json-safety';
import { describeJsonError } from './json-error';
import { migrateToCurrent } from './migrations';
import { findDuplicateIds } from './unique-ids';

export type PlanParseResult =
  { ok: true; plan: Plan; migratedFrom?: number } | { ok: false; problems: Problem[] };

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
 * that passes can be opened and edited; `validatePlan` adds the cross-references on top.
 */
export function parsePlanData(data: unknown): PlanParseResult {
  const envelope = checkEnvelope(data);
  if (!envelope.ok) return { ok: false, problems: [envelope.problem] };
  const unsafe = findUnsafeJson(data);
  if (unsafe) return { ok: false, problems: [unsafe] };
  const migrated = migrateToCurrent(envelope.record, envelope.version);
  if (!migrated.ok) {
    return { ok: false, problems: [{ path: 'schemaVersion', message: migrated.message }] };
  }
  const result = PlanSchema.safeParse(migrated.data, { error: plainIssueMessage });
  const duplicates = findDuplicateIds(migrated.data);
  if (!result.success) {
    const schemaProblems = result.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: issue.message,
    }));
    return { ok: false, problems: [...schemaProblems, ...duplicates] };
  }
  if (duplicates.length > 0) return { ok: false, problems: duplicates };
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
