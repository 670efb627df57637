import { createEmptyPlan } from '../../../core/plan/new-plan';
import type { Plan } from '../../../core/plan/schema';
import { useDocumentStore } from '../../../renderer/src/state/document-store';
import { undoPlanEdit } from '../../../renderer/src/state/history';

/**
 * Two deliveries (Release 1 on 2027-01-15 with two items, Release 2 with one) and one stream
 * that absorbed the first item; opened as the current document before each edit test.
 */
export function openTwoDeliveries(): void {
  const plan: Plan = {
    ...createEmptyPlan(),
    title: 'Edits',
    packagedPlan: {
      deliveries: [
        {
          id: 'd1',
          name: 'Release 1',
          date: '2027-01-15',
          items: [
            { id: 'i1', kind: 'functional', title: 'Login page' },
            { id: 'i2', kind: 'nonFunctional', title: 'Response time', targetPercent: 80 },
          ],
        },
        {
          id: 'd2',
          name: 'Release 2',
          date: '2027-02-15',
          items: [{ id: 'i3', kind: 'training', title: 'Service desk training', leadWeeks: 2 }],
        },
      ],
    },
    streamDesign: {
      streams: [
        {
          id: 's1',
          name: 'Code deployed',
          cadence: { kind: 'daily' },
          roles: ['sacm'],
          sourceItemIds: ['i1'],
          derivedFrom: {
            ruleId: 'code',
            baseline: {
              name: 'Code deployed',
              cadence: { kind: 'daily' },
              roles: ['sacm'],
              approval: { mode: 'preAuthorised', gate: 'Pipeline' },
              sourceItemIds: ['i1'],
            },
          },
        },
      ],
    },
  };
  useDocumentStore.getState().openDocument({ plan, source: { kind: 'new', name: 'Edits' } });
}

export function openPlan(): Plan {
  const plan = useDocumentStore.getState().plan;
  if (!plan) throw new Error('no plan is open');
  return plan;
}

export { undoPlanEdit };
