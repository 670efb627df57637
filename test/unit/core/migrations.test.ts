import { describe, expect, it } from 'vitest';
import {
  migrateToCurrent,
  oldestReadableVersion,
  type PlanMigration,
} from '../../../core/plan/migrations';
import { CURRENT_SCHEMA_VERSION } from '../../../core/plan/schema';

/** A registry as it will look once v2 and v3 exist: v1 named the plan "name", v2 "label". */
const registry = new Map<number, PlanMigration>([
  [1, ({ name, ...rest }) => ({ ...rest, label: name })],
  [2, ({ label, ...rest }) => ({ ...rest, title: label })],
]);

describe('plan migrations', () => {
  it('opens a v1 plan unchanged as v2: the step only stamps the version', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(2);
    expect(oldestReadableVersion()).toBe(1);
    const data = { schemaVersion: 1, title: 't', strategy: { changePolicy: 'All to the CAB' } };
    expect(migrateToCurrent(data, 1)).toEqual({
      ok: true,
      data: { schemaVersion: 2, title: 't', strategy: { changePolicy: 'All to the CAB' } },
      migratedFrom: 1,
    });
    expect(data.schemaVersion).toBe(1);
    expect(migrateToCurrent({ schemaVersion: 2 }, 2)).toEqual({
      ok: true,
      data: { schemaVersion: 2 },
    });
  });

  it('runs each step in turn and stamps the new version', () => {
    const result = migrateToCurrent({ schemaVersion: 1, name: 'Plan', extra: 1 }, 1, registry, 3);
    expect(result).toEqual({
      ok: true,
      data: { schemaVersion: 3, title: 'Plan', extra: 1 },
      migratedFrom: 1,
    });
  });

  it('starts from the version the file has', () => {
    const result = migrateToCurrent({ schemaVersion: 2, label: 'Plan' }, 2, registry, 3);
    expect(result).toEqual({
      ok: true,
      data: { schemaVersion: 3, title: 'Plan' },
      migratedFrom: 2,
    });
  });

  it('refuses a version older than the chain reaches, naming what it reads', () => {
    expect(oldestReadableVersion(registry, 3)).toBe(1);
    const withoutFirst = new Map([...registry].filter(([from]) => from !== 1));
    expect(migrateToCurrent({ schemaVersion: 1 }, 1, withoutFirst, 3)).toEqual({
      ok: false,
      message: 'is 1, older than any version this app reads (it reads versions 2 to 3)',
    });
  });

  it('does not change the data it was given', () => {
    const data = { schemaVersion: 1, name: 'Plan' };
    migrateToCurrent(data, 1, registry, 3);
    expect(data).toEqual({ schemaVersion: 1, name: 'Plan' });
  });
});
