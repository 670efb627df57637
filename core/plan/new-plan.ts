import { CURRENT_SCHEMA_VERSION, PLAN_FORMAT, type Plan } from './schema';

/** A blank plan: the starting point of File › New. */
export function createEmptyPlan(): Plan {
  return {
    format: PLAN_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    title: 'Untitled plan',
    service: { name: '' },
    strategy: { approach: 'packaged' },
    packagedPlan: { deliveries: [] },
  };
}
