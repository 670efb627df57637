import {
  CURRENT_SCHEMA_VERSION,
  type ApprovalModel,
  type Cadence,
  type Delivery,
  type Horizon,
  type Item,
  type Plan,
  type Stream,
} from '../../../../core/plan/schema';

/** Small hand-made plans for the metrics tests. */
export function makePlan(deliveries: Delivery[], horizon?: Horizon): Plan {
  return {
    format: 'transition-studio.plan',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    title: 'Test plan',
    service: { name: 'Test service' },
    strategy: horizon ? { approach: 'packaged', horizon } : { approach: 'packaged' },
    packagedPlan: { deliveries },
  };
}

export function delivery(id: string, date: string, items: Item[]): Delivery {
  return { id, name: id, date, items };
}

export const fr = (id: string): Item => ({ id, kind: 'functional', title: id });
export const doc = (id: string): Item => ({ id, kind: 'document', title: id });
export const hw = (id: string, quantity?: number): Item =>
  quantity === undefined
    ? { id, kind: 'infrastructure', title: id }
    : { id, kind: 'infrastructure', title: id, quantity };
export const nfr = (id: string, targetPercent: number): Item => ({
  id,
  kind: 'nonFunctional',
  title: id,
  targetPercent,
});
export const els = (id: string, days: number): Item => ({
  id,
  kind: 'earlyLifeSupport',
  title: id,
  days,
});

export function stream(
  id: string,
  cadence: Cadence,
  roles: string[],
  sourceItemIds: string[],
  approval: ApprovalModel | 'none' = { mode: 'preAuthorised', gate: 'pipeline' },
): Stream {
  const built: Stream = { id, name: id, cadence, roles, sourceItemIds };
  if (approval !== 'none') built.approval = approval;
  return built;
}
