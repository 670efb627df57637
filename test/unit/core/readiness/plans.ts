import {
  CURRENT_SCHEMA_VERSION,
  type Delivery,
  type Item,
  type Plan,
  type Stream,
} from '../../../../core/plan/schema';
import { checkReadiness, type Finding } from '../../../../core/readiness';
import { loadSeedPlan, seedStreams, seedWithStreams } from '../../../support/seed';

export { seedStreams };

export const seedPlan = loadSeedPlan;

export const seedPlanWithStreams = seedWithStreams;

/**
 * A small plan with nothing to report: every check's "does not fire" baseline. Each test
 * changes one thing in it and expects exactly that check to speak.
 */
export function readyPlan(): Plan {
  const items: Item[] = [
    { id: 'fr', kind: 'functional', title: 'Order tracking' },
    { id: 'nfr', kind: 'nonFunctional', title: 'Response time', targetPercent: 100 },
    { id: 'hw', kind: 'infrastructure', title: 'Web server' },
    { id: 'doc', kind: 'document', title: 'Support guide' },
    { id: 'brief', kind: 'opsBriefing', title: 'Ops briefing', leadWeeks: 2 },
    { id: 'train', kind: 'training', title: 'User training', leadWeeks: 4 },
    { id: 'els', kind: 'earlyLifeSupport', title: 'Early life support', days: 10 },
  ];
  const streams: Stream[] = [
    {
      id: 'code',
      name: 'Code',
      cadence: { kind: 'daily' },
      roles: ['release-deployment', 'sacm', 'validation-testing'],
      sourceItemIds: ['fr'],
      approval: { mode: 'preAuthorised', gate: 'Pipeline' },
    },
    {
      id: 'knowledge',
      name: 'Knowledge',
      cadence: { kind: 'everyNDays', n: 2 },
      roles: ['sacm', 'validation-testing', 'knowledge'],
      sourceItemIds: ['fr', 'doc', 'brief', 'train'],
      approval: { mode: 'preAuthorised', gate: 'Article verification' },
    },
    {
      id: 'acceptance',
      name: 'Acceptance',
      cadence: { kind: 'timesPerWeek', min: 1, max: 2 },
      roles: ['validation-testing', 'service-level'],
      sourceItemIds: ['nfr'],
      approval: { mode: 'preAuthorised', gate: 'Acceptance suite' },
    },
    {
      id: 'hardware',
      name: 'Hardware',
      cadence: { kind: 'asRequired' },
      roles: ['release-deployment', 'technical-management'],
      sourceItemIds: ['hw'],
      approval: { mode: 'changeAuthority', authority: 'CAB' },
    },
    {
      id: 'els',
      name: 'ELS & CSI',
      cadence: { kind: 'daily' },
      roles: ['csi', 'service-owner'],
      sourceItemIds: ['els'],
      approval: { mode: 'preAuthorised', gate: 'ELS policy' },
    },
  ];
  return {
    format: 'transition-studio.plan',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    title: 'Ready plan',
    service: { name: 'Orders', owner: 'Head of Sales Operations' },
    strategy: { approach: 'streams' },
    packagedPlan: { deliveries: [{ id: 'd1', name: 'Release 1', date: '2027-03-15', items }] },
    streamDesign: { streams },
  };
}

/** The plan's first delivery, for tests that edit it in place. */
export function firstDelivery(plan: Plan): Delivery {
  const delivery = plan.packagedPlan.deliveries[0];
  if (delivery === undefined) throw new Error('plan has no delivery');
  return delivery;
}

export function streamOf(plan: Plan, id: string): Stream {
  const stream = plan.streamDesign?.streams.find((s) => s.id === id);
  if (stream === undefined) throw new Error(`plan has no stream ${id}`);
  return stream;
}

export function withoutItem(plan: Plan, itemId: string): Plan {
  for (const delivery of plan.packagedPlan.deliveries) {
    delivery.items = delivery.items.filter((item) => item.id !== itemId);
  }
  for (const stream of plan.streamDesign?.streams ?? []) {
    stream.sourceItemIds = stream.sourceItemIds.filter((id) => id !== itemId);
  }
  return plan;
}

export function findingsOf(
  plan: Plan,
  check: string,
  options?: { today?: string },
): Omit<Finding, 'check'>[] {
  return checkReadiness(plan, options)
    .filter((finding) => finding.check === check)
    .map(({ severity, path, message, count, members }) =>
      count === undefined
        ? { severity, path, message }
        : { severity, path, message, count, members },
    );
}
