import { CURRENT_SCHEMA_VERSION, PLAN_FORMAT, PlanSchema, type Plan } from './schema';
import { problemsFromZod, type Problem } from './problems';

export type PlanParseResult = { ok: true; plan: Plan } | { ok: false; problems: Problem[] };

/** Parses the text of a plan file; never throws, every failure comes back as problems. */
export function parsePlanText(text: string): PlanParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '', message: `is not valid JSON (${detail})` }] };
  }
  return parsePlanData(data);
}

export function parsePlanData(data: unknown): PlanParseResult {
  const envelope = checkEnvelope(data);
  if (envelope) return { ok: false, problems: [envelope] };
  const result = PlanSchema.safeParse(data);
  if (!result.success) return { ok: false, problems: problemsFromZod(result.error) };
  const duplicates = findDuplicateIds(result.data);
  if (duplicates.length > 0) return { ok: false, problems: duplicates };
  return { ok: true, plan: result.data };
}

/** Checked first so that a file from elsewhere or from a newer app gets one clear sentence. */
function checkEnvelope(data: unknown): Problem | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { path: '', message: 'is not a Transition Studio plan (expected a JSON object)' };
  }
  const record = data as Record<string, unknown>;
  if (record.format !== PLAN_FORMAT) {
    return {
      path: 'format',
      message: `is not a Transition Studio plan (format must be "${PLAN_FORMAT}")`,
    };
  }
  const version = record.schemaVersion;
  if (
    typeof version === 'number' &&
    Number.isInteger(version) &&
    version > CURRENT_SCHEMA_VERSION
  ) {
    return {
      path: 'schemaVersion',
      message: `is ${String(version)}, newer than this app reads (version ${String(CURRENT_SCHEMA_VERSION)}); update Transition Studio to open it`,
    };
  }
  return undefined;
}

function findDuplicateIds(plan: Plan): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  plan.packagedPlan.deliveries.forEach((delivery, d) => {
    if (seen.has(delivery.id)) {
      problems.push({
        path: `packagedPlan.deliveries[${String(d)}].id`,
        message: `"${delivery.id}" is used twice`,
      });
    }
    seen.add(delivery.id);
    delivery.items.forEach((item, i) => {
      if (seen.has(item.id)) {
        problems.push({
          path: `packagedPlan.deliveries[${String(d)}].items[${String(i)}].id`,
          message: `"${item.id}" is used twice`,
        });
      }
      seen.add(item.id);
    });
  });
  return problems;
}
