import { ITEM_KINDS, type ConversionRuleTable } from '../plan/schema';

/**
 * The article's stream table (domain/seed-article.txt) as data. Each rule takes the items of
 * its kinds, in this order of kinds and then in plan order, into one stream. Approval follows
 * the article: Change Management devolves production release approval to the automated build
 * and integration tests where it can (a standard change); hardware still goes to a change
 * authority. Version 2 adds rules for what items really are: infrastructure as code rides the
 * pipeline, cutover work is a gated stream on its own dates, regulatory items need a sign-off,
 * decommissioning goes to the change authority.
 */
export const DEFAULT_CONVERSION_RULES: ConversionRuleTable = {
  rules: [
    {
      id: 'code',
      kinds: ['functional'],
      work: 'code',
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
      work: 'knowledge',
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
      work: 'acceptance',
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
      id: 'infrastructure-as-code',
      kinds: ['infrastructure'],
      natures: ['infrastructureAsCode'],
      work: 'infrastructureAsCode',
      stream: {
        name: 'Infrastructure as code built, tested & deployed',
        cadence: { kind: 'asRequired' },
        roles: ['release-deployment', 'technical-management', 'sacm'],
        approval: {
          mode: 'preAuthorised',
          gate: 'Automated build and integration tests',
          conditions:
            'Standard change: infrastructure defined as code rides the same pipeline as the code, and its configuration items are recorded by the deployment.',
        },
      },
    },
    {
      id: 'hardware',
      kinds: ['infrastructure'],
      work: 'physicalInfrastructure',
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
      id: 'cutover',
      kinds: [...ITEM_KINDS],
      natures: ['cutover'],
      work: 'cutover',
      stream: {
        name: 'Cutover and migration waves',
        cadence: { kind: 'asRequired' },
        roles: ['transition-planning', 'release-deployment', 'validation-testing', 'change'],
        approval: {
          mode: 'changeAuthority',
          authority: 'Change Advisory Board',
          authorityKind: 'cab',
          goNoGo: true,
          backOutPlan:
            'Each wave, rehearsal or parallel run has a tested back-out plan and a point of no return agreed before the go/no-go.',
          conditions:
            'Normal change on its own date: a go/no-go decision before each wave, rehearsal, parallel run or data migration.',
        },
      },
    },
    {
      id: 'regulatory',
      kinds: [...ITEM_KINDS],
      natures: ['regulatory'],
      work: 'regulatory',
      stream: {
        name: 'Regulatory and compliance sign-offs',
        cadence: { kind: 'asRequired' },
        roles: ['change', 'knowledge', 'service-owner'],
        approval: {
          mode: 'signOff',
          authority: 'Compliance sign-off authority',
          conditions:
            'Nothing that depends on the document goes live before the named authority has signed it off.',
        },
      },
    },
    {
      id: 'decommission',
      kinds: [...ITEM_KINDS],
      natures: ['decommission'],
      work: 'decommission',
      stream: {
        name: 'Decommissioning',
        cadence: { kind: 'asRequired' },
        roles: ['release-deployment', 'technical-management', 'sacm'],
        approval: {
          mode: 'changeAuthority',
          authority: 'Change Advisory Board',
          authorityKind: 'cab',
          conditions:
            'Normal change: nothing still depends on what is switched off, and its configuration items are retired.',
        },
      },
    },
    {
      id: 'els-csi',
      kinds: ['earlyLifeSupport'],
      work: 'earlyLifeSupport',
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
