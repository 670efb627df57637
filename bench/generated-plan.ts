import { CURRENT_SCHEMA_VERSION, PLAN_FORMAT } from '../core/plan/schema';

/** Every kind the default rules take, in the proportions of the article's example. */
const KIND_MIX = [
  'functional',
  'functional',
  'functional',
  'infrastructure',
  'nonFunctional',
  'document',
  'document',
  'opsBriefing',
  'training',
  'earlyLifeSupport',
] as const;

function figureOf(kind: (typeof KIND_MIX)[number]): Record<string, number> {
  switch (kind) {
    case 'infrastructure':
      return { quantity: 2 };
    case 'nonFunctional':
      return { targetPercent: 80 };
    case 'opsBriefing':
    case 'training':
      return { leadWeeks: 3 };
    case 'earlyLifeSupport':
      return { days: 10 };
    case 'functional':
    case 'document':
      return {};
  }
}

/** The text of a valid plan with `items` items spread over `deliveries` monthly deliveries. */
export function generatedPlanText(items: number, deliveries = 10): string {
  const perDelivery = Math.ceil(items / deliveries);
  const plan = {
    format: PLAN_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    title: `Generated plan with ${String(items)} items`,
    service: { name: 'Benchmark service', owner: 'Service owner' },
    strategy: { approach: 'packaged' },
    packagedPlan: {
      deliveries: Array.from({ length: deliveries }, (_, d) => ({
        id: `d${String(d)}`,
        name: `Delivery ${String(d + 1)}`,
        date: `2027-${String((d % 12) + 1).padStart(2, '0')}-15`,
        items: Array.from({ length: Math.min(perDelivery, items - d * perDelivery) }, (_, i) => {
          const kind = KIND_MIX[i % KIND_MIX.length] ?? 'functional';
          return {
            id: `d${String(d)}-i${String(i)}`,
            kind,
            title: `${kind} item ${String(i)} of delivery ${String(d + 1)}`,
            ...figureOf(kind),
          };
        }),
      })),
    },
  };
  return JSON.stringify(plan, null, 2);
}
