import { CURRENT_SCHEMA_VERSION } from './schema';

/**
 * Steps that bring a plan written by an older version of the format up to date. The step keyed
 * N turns a vN document into vN+1; a plan is migrated one step at a time, so each step only
 * knows its two neighbouring versions.
 */
export type PlanMigration = (data: Record<string, unknown>) => Record<string, unknown>;
export type MigrationRegistry = ReadonlyMap<number, PlanMigration>;

/**
 * v1 → v2. Version 2 only adds optional fields (change calendar, structured change policy,
 * approval classes, item natures, readiness settings) and every v1 value keeps its meaning, so
 * a v1 plan is a valid v2 plan as it stands: the step only stamps the version (done by
 * `migrateToCurrent`). A v1 item's absent nature reads as ordinary work and an absent
 * provisioning as physical hardware, which is what v1 meant; the v1 free-text `changePolicy`
 * stays the policy in words.
 */
const fromV1: PlanMigration = (data) => ({ ...data });

export const PLAN_MIGRATIONS: MigrationRegistry = new Map([[1, fromV1]]);

/** The oldest version this app can open: the earliest version from which a chain of steps runs. */
export function oldestReadableVersion(
  registry: MigrationRegistry = PLAN_MIGRATIONS,
  current: number = CURRENT_SCHEMA_VERSION,
): number {
  let version = current;
  while (registry.has(version - 1)) version -= 1;
  return version;
}

export type MigrationResult =
  | { ok: true; data: Record<string, unknown>; migratedFrom?: number }
  | { ok: false; message: string };

export function migrateToCurrent(
  data: Record<string, unknown>,
  version: number,
  registry: MigrationRegistry = PLAN_MIGRATIONS,
  current: number = CURRENT_SCHEMA_VERSION,
): MigrationResult {
  if (version === current) return { ok: true, data };
  const oldest = oldestReadableVersion(registry, current);
  if (version < oldest) {
    return {
      ok: false,
      message: `is ${String(version)}, older than any version this app reads (it reads versions ${String(oldest)} to ${String(current)})`,
    };
  }
  let migrated = data;
  for (let step = version; step < current; step += 1) {
    const migrate = registry.get(step);
    if (!migrate) return { ok: false, message: `has no migration from version ${String(step)}` };
    migrated = { ...migrate(migrated), schemaVersion: step + 1 };
  }
  return { ok: true, data: migrated, migratedFrom: version };
}
