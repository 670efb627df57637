import { CURRENT_SCHEMA_VERSION, PLAN_FORMAT, type Plan } from './schema';
import { UNTITLED_PLAN } from './untitled';

/** A blank plan: the starting point of File › New. */
export function createEmptyPlan(): Plan {
  return {
    format: PLAN_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    title: UNTITLED_PLAN,
    service: { name: '' },
    strategy: { approach: 'packaged' },
    packagedPlan: { deliveries: [] },
  };
}
