import type { Plan } from '../../core/plan/schema';

/** The plan with one stream, "Code", tracing "fr-a" and items the plan does not have. */
export function withStaleTraces(plan: Plan, goneIds: readonly string[]): Plan {
  return {
    ...plan,
    streamDesign: {
      streams: [
        {
          id: 's1',
          name: 'Code',
          cadence: { kind: 'daily' },
          roles: ['release-deployment'],
          sourceItemIds: ['fr-a', ...goneIds],
        },
      ],
    },
  };
}
