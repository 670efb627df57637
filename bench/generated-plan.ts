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

/** The text of a valid plan with `items` items spread over `deliveries` monthly deliveries from 2027-01. */
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
        date: `${String(2027 + Math.floor(d / 12))}-${String((d % 12) + 1).padStart(2, '0')}-15`,
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

/**
 * A change calendar over three years from 2027: a year-end freeze each December–January, a
 * month-end blackout of pre-authorised releases each month, a maintenance slot each Sunday of
 * the first week, and twelve public holidays a year.
 */
export function threeYearCalendar(): Record<string, unknown> {
  const windows: Record<string, unknown>[] = [];
  const holidays: Record<string, unknown>[] = [];
  for (const year of [2027, 2028, 2029]) {
    windows.push({
      id: `freeze-${String(year)}`,
      kind: 'freeze',
      name: `Year-end freeze ${String(year)}`,
      start: `${String(year)}-12-20`,
      end: `${String(year + 1)}-01-03`,
    });
    for (let month = 1; month <= 12; month += 1) {
      const mm = String(month).padStart(2, '0');
      windows.push({
        id: `close-${String(year)}-${mm}`,
        kind: 'blackout',
        name: `Month-end close ${String(year)}-${mm}`,
        start: `${String(year)}-${mm}-26`,
        end: `${String(year)}-${mm}-28`,
        scope: { approvalModes: ['preAuthorised'] },
      });
      windows.push({
        id: `slot-${String(year)}-${mm}`,
        kind: 'maintenance',
        name: 'Sunday slot',
        start: `${String(year)}-${mm}-07`,
        end: `${String(year)}-${mm}-07`,
      });
      holidays.push({ date: `${String(year)}-${mm}-11`, name: `Holiday ${mm}` });
    }
  }
  return { holidays, windows };
}
