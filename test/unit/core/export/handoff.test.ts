import { describe, expect, it } from 'vitest';
import { buildHandoff } from '../../../../core/export/handoff';
import type { ApprovalModel, Plan, Stream } from '../../../../core/plan/schema';
import { loadSeedPlan } from '../../../support/seed';

function planWith(approval: ApprovalModel): { plan: Plan; stream: Stream } {
  const plan = loadSeedPlan();
  const delivery = plan.packagedPlan.deliveries[0];
  if (!delivery) throw new Error('the seed has no delivery');
  const stream: Stream = {
    id: 'ledger',
    name: 'Ledger controls',
    cadence: { kind: 'asRequired' },
    roles: [],
    approval,
    sourceItemIds: delivery.items.slice(0, 2).map((item) => item.id),
  };
  return { plan, stream };
}

describe('the ITSM hand-off of streams that are not standard changes', () => {
  it('a stream needing a regulatory sign-off gets a change request per release, the signer as approver', () => {
    const { plan, stream } = planWith({
      mode: 'signOff',
      authority: 'Financial Controller',
      regulation: 'SOX',
    });
    const { templates, changeRequests } = buildHandoff(plan, [stream]);
    expect(templates).toEqual([]);
    expect(changeRequests).toHaveLength(1);
    expect(changeRequests[0]?.authority).toBe('Financial Controller');
    expect(changeRequests[0]?.description).toContain('Sign-off by: Financial Controller (SOX).');
  });

  it('the emergency path plans no change: its changes are raised when the emergency happens', () => {
    const { plan, stream } = planWith({ mode: 'emergency', authority: 'Emergency CAB' });
    expect(buildHandoff(plan, [stream])).toEqual({ templates: [], changeRequests: [] });
  });
});
