import { nameDelivery, nameItem } from './describe';
import { countOf } from '../text/count-of';
import type { FindingsCollector } from './findings-collector';
import { hasKind, type DeliveryEntry, type PlanIndex } from '../plan/plan-index';

/**
 * Whether a go-live puts something in service that users and support will lean on: a
 * functional or non-functional change that is not a decommission. Infrastructure alone,
 * documents, briefings and switch-offs leave nothing for early life support to stabilise.
 */
function putsSomethingInService(delivery: DeliveryEntry): boolean {
  return delivery.items.some(
    ({ item }) =>
      (item.kind === 'functional' || item.kind === 'nonFunctional') &&
      item.nature !== 'decommission',
  );
}

/**
 * Every go-live that puts something in service needs a period of heightened support with its
 * own exit criteria; an ELS of 0 days hands the change to normal support the moment it lands.
 */
export function checkEarlyLifeSupport(index: PlanIndex, findings: FindingsCollector): void {
  for (const delivery of index.deliveries) {
    if (putsSomethingInService(delivery) && !hasKind(delivery.items, 'earlyLifeSupport')) {
      findings.add(
        'delivery-without-els',
        'warning',
        delivery.path,
        `${nameDelivery(delivery.delivery)} has no early life support after go-live.`,
        {
          subject: nameDelivery(delivery.delivery),
          together: (count) =>
            `${countOf(count, 'delivery has', 'deliveries have')} no early life support after go-live.`,
        },
      );
    }
    for (const entry of delivery.items) {
      if (entry.item.kind !== 'earlyLifeSupport' || entry.item.days > 0) continue;
      findings.add(
        'els-zero-days',
        'warning',
        [...entry.path, 'days'],
        `${nameItem(entry.item)} of ${nameDelivery(delivery.delivery)} lasts 0 days, so support drops to normal levels at go-live.`,
        {
          subject: `${nameItem(entry.item)} of ${nameDelivery(delivery.delivery)}`,
          together: (count) =>
            `${countOf(count, 'early life support period lasts', 'early life support periods last')} 0 days, so support drops to normal levels at go-live.`,
        },
      );
    }
  }
}
