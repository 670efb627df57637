import type { ConversionRuleTable } from '../plan/schema';

/**
 * The article's stream table (domain/seed-article.txt) as data. Each rule takes the items of
 * its kinds, in this order of kinds and then in plan order, into one stream. Approval follows
 * the article: Change Management devolves production release approval to the automated build
 * and integration tests where it can (a standard change); hardware still goes to a change
 * authority.
 */
export const DEFAULT_CONVERSION_RULES: ConversionRuleTable = {
  rules: [
    {
      id: 'code',
      kinds: ['functional'],
      stream: {
        name: 'Code objects checked in, tested & deployed',
        cadence: { kind: 'daily' },
        roles: ['release-deployment', 'sacm'],
        approval: {
          mode: 'preAuthorised',
          gate: 'Automated build and integration tests',
          conditions:
            'Standard change: every check-in passes the automated build, integration and regression test packs before it is pushed to production.',
        },
      },
    },
    {
      id: 'knowledge',
      kinds: ['functional', 'document', 'opsBriefing', 'training'],
      stream: {
        name: 'Knowledge updates created & tested for the new functional requirements',
        cadence: { kind: 'everyNDays', n: 2 },
        roles: ['sacm', 'validation-testing', 'knowledge'],
        approval: {
          mode: 'preAuthorised',
          gate: 'Knowledge article verification',
          conditions:
            'Standard change: a knowledge CI is published once it is linked to its functional requirement, service and hardware CIs and has been tested and verified.',
        },
      },
    },
    {
      id: 'acceptance',
      kinds: ['nonFunctional'],
      stream: {
        name: 'Formal operational acceptance tests',
        cadence: { kind: 'timesPerWeek', min: 1, max: 2 },
        roles: [
          'validation-testing',
          'service-level',
          'business-relationship',
          'application-management',
          'technical-management',
        ],
        approval: {
          mode: 'preAuthorised',
          gate: 'Operational acceptance test suite',
          conditions:
            'Results are tracked against the non-functional acceptance thresholds; a threshold missed raises a change for the change authority.',
        },
      },
    },
    {
      id: 'hardware',
      kinds: ['infrastructure'],
      stream: {
        name: 'Hardware deliveries',
        cadence: { kind: 'asRequired' },
        roles: ['release-deployment', 'technical-management'],
        approval: {
          mode: 'changeAuthority',
          authority: 'Change Advisory Board',
          conditions:
            'Normal change: each hardware delivery is assessed and authorised before it is installed.',
        },
      },
    },
    {
      id: 'els-csi',
      kinds: ['earlyLifeSupport'],
      stream: {
        name: 'ELS & Continual Service Improvement',
        cadence: { kind: 'daily' },
        roles: ['csi', 'service-level', 'business-relationship', 'service-owner'],
        approval: {
          mode: 'preAuthorised',
          gate: 'ELS and CSI policy',
          conditions:
            'Heightened incident focus on issues caused by change and daily sunrise/sunset reviews; improvements that need a release go through their own stream.',
        },
      },
    },
  ],
};
