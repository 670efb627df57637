import { CURRENT_SCHEMA_VERSION, PLAN_FORMAT, type Plan } from '../core/plan/schema';

/**
 * Plans at the sizes issue 17 found hangs at: many deliveries, many streams, one huge title.
 * Each is a valid plan object (the benches time the work after parsing).
 */
function dateOf(index: number): string {
  const day = new Date(Date.UTC(2027, 0, 1) + index * 86_400_000);
  return day.toISOString().slice(0, 10);
}

export function planWithDeliveries(deliveries: number, itemsPerDelivery = 2): Plan {
  return {
    format: PLAN_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    title: `Plan with ${String(deliveries)} deliveries`,
    service: { name: 'Large service', owner: 'Owner' },
    strategy: { approach: 'packaged' },
    packagedPlan: {
      deliveries: Array.from({ length: deliveries }, (_, d) => ({
        id: `d${String(d)}`,
        name: `Delivery ${String(d + 1)}`,
        date: dateOf(d % 3000),
        items: Array.from({ length: itemsPerDelivery }, (_, i) =>
          i % 2 === 0
            ? {
                id: `d${String(d)}-i${String(i)}`,
                kind: 'functional' as const,
                title: `Feature ${String(i)}`,
              }
            : {
                id: `d${String(d)}-i${String(i)}`,
                kind: 'document' as const,
                title: `Manual ${String(i)}`,
              },
        ),
      })),
    },
  };
}

export function planWithStreams(streams: number): Plan {
  const plan = planWithDeliveries(10, 2);
  plan.strategy.approach = 'streams';
  plan.streamDesign = {
    streams: Array.from({ length: streams }, (_, s) => ({
      id: `s${String(s)}`,
      name: `Stream ${String(s + 1)}`,
      cadence: s % 2 === 0 ? { kind: 'daily' as const } : { kind: 'everyNDays' as const, n: 7 },
      roles: ['changeManager'],
      approval:
        s % 3 === 0
          ? { mode: 'preAuthorised' as const, gate: 'Pipeline gate' }
          : { mode: 'changeAuthority' as const, authority: 'CAB' },
      sourceItemIds: [`d${String(s % 10)}-i${String(s % 2)}`],
    })),
  };
  return plan;
}

/** A small plan whose title, service name, a delivery, an item and a stream hold `chars` characters. */
export function planWithLongText(chars: number): Plan {
  const long = 'Ab c'.repeat(Math.ceil(chars / 4)).slice(0, chars);
  const plan = planWithStreams(3);
  plan.title = long;
  plan.service.name = long;
  const delivery = plan.packagedPlan.deliveries[0];
  if (delivery) {
    delivery.name = long;
    const item = delivery.items[0];
    if (item) item.title = long;
  }
  const stream = plan.streamDesign?.streams[0];
  if (stream) stream.name = long;
  return plan;
}
