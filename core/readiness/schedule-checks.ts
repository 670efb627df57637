import { nameDelivery } from './describe';
import { countOf } from '../text/count-of';
import type { FindingsCollector } from './findings-collector';
import type { DeliveryEntry, PlanIndex } from '../plan/plan-index';

export function checkDeliveriesExist(index: PlanIndex, findings: FindingsCollector): void {
  if (index.deliveries.length > 0) return;
  findings.add(
    'no-deliveries',
    'warning',
    ['packagedPlan', 'deliveries'],
    'The packaged plan has no deliveries, so nothing is scheduled to go live.',
  );
}

export function checkEmptyDeliveries(index: PlanIndex, findings: FindingsCollector): void {
  for (const delivery of index.deliveries) {
    if (delivery.items.length > 0) continue;
    findings.add(
      'empty-delivery',
      'warning',
      [...delivery.path, 'items'],
      `${nameDelivery(delivery.delivery)} has no items, so it releases nothing.`,
      {
        subject: nameDelivery(delivery.delivery),
        together: (count) =>
          `${countOf(count, 'delivery has', 'deliveries have')} no items, so they release nothing.`,
      },
    );
  }
}

/**
 * Two go-lives on one day compete for the same operations, ELS and change slots; they are
 * better merged or separated.
 */
export function checkSameDayDeliveries(index: PlanIndex, findings: FindingsCollector): void {
  const firstOnDate = new Map<string, DeliveryEntry>();
  for (const delivery of index.deliveries) {
    const { date } = delivery.delivery;
    const first = firstOnDate.get(date);
    if (first === undefined) {
      firstOnDate.set(date, delivery);
      continue;
    }
    findings.add(
      'same-day-deliveries',
      'warning',
      [...delivery.path, 'date'],
      `${nameDelivery(delivery.delivery)} goes live on ${date}, the same day as ${nameDelivery(first.delivery)}.`,
    );
  }
}

/** Plans are read top to bottom as a schedule; a delivery listed after a later one misleads. */
export function checkDeliveryOrder(index: PlanIndex, findings: FindingsCollector): void {
  let latest: DeliveryEntry | undefined;
  for (const delivery of index.deliveries) {
    if (latest !== undefined && delivery.delivery.date < latest.delivery.date) {
      findings.add(
        'deliveries-out-of-order',
        'info',
        [...delivery.path, 'date'],
        `${nameDelivery(delivery.delivery)} (${delivery.delivery.date}) is listed after ${nameDelivery(latest.delivery)} (${latest.delivery.date}) but goes live before it.`,
      );
    }
    if (latest === undefined || delivery.delivery.date > latest.delivery.date) latest = delivery;
  }
}
