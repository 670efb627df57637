import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parsePlanText } from '../../../../core/plan/parse';
import type { ApprovalModel, Plan, Stream } from '../../../../core/plan/schema';

/** The seed plan (same file as /work/shared/fixtures/seed-plan.transition.json). */
export function loadSeedPlan(): Plan {
  const path = resolve(
    import.meta.dirname,
    '../../../../resources/samples/seed-plan.transition.json',
  );
  const result = parsePlanText(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error('the seed plan no longer parses');
  return result.plan;
}

const preAuthorised = (gate: string): ApprovalModel => ({ mode: 'preAuthorised', gate });

/**
 * The article's stream table as seed-streams.expected.json states it, with the approval models
 * of the default rules (all pre-authorised except hardware, which goes to the CAB). Built here
 * so these tests do not depend on the conversion module.
 */
export function seedStreams(): Stream[] {
  return [
    {
      id: 'code',
      name: 'Code objects checked in, tested & deployed',
      cadence: { kind: 'daily' },
      roles: ['release-deployment', 'sacm'],
      sourceItemIds: ['fr-a', 'fr-b', 'fr-c', 'fr-d', 'fr-e', 'fr-f'],
      approval: preAuthorised('Automated build and integration tests'),
    },
    {
      id: 'knowledge',
      name: 'Knowledge updates created & tested for the new functional requirements',
      cadence: { kind: 'everyNDays', n: 2 },
      roles: ['sacm', 'validation-testing', 'knowledge'],
      sourceItemIds: [
        'fr-a',
        'fr-b',
        'fr-c',
        'fr-d',
        'fr-e',
        'fr-f',
        'doc-1',
        'doc-2',
        'doc-3',
        'doc-4',
        'doc-5',
        'doc-6',
        'ops-brief-1',
        'training-2',
      ],
      approval: preAuthorised('Knowledge article verification'),
    },
    {
      id: 'acceptance',
      name: 'Formal operational acceptance tests',
      cadence: { kind: 'timesPerWeek', min: 1, max: 2 },
      roles: [
        'validation-testing',
        'service-level',
        'business-relationship',
        'application-management',
        'technical-management',
      ],
      sourceItemIds: ['nfr-x1', 'nfr-y1', 'nfr-z1', 'nfr-x2', 'nfr-y2', 'nfr-z2'],
      approval: preAuthorised('Operational acceptance test suite'),
    },
    {
      id: 'hardware',
      name: 'Hardware deliveries',
      cadence: { kind: 'asRequired' },
      roles: ['release-deployment', 'technical-management'],
      sourceItemIds: ['hw-db', 'hw-app', 'hw-web1', 'hw-web2', 'hw-lb'],
      approval: { mode: 'changeAuthority', authority: 'Change Advisory Board' },
    },
    {
      id: 'els-csi',
      name: 'ELS & Continual Service Improvement',
      cadence: { kind: 'daily' },
      roles: ['csi', 'service-level', 'business-relationship', 'service-owner'],
      sourceItemIds: ['els-1', 'els-2'],
      approval: preAuthorised('ELS and CSI policy'),
    },
  ];
}
