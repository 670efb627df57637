import { nameDelivery, nameItem } from './describe';
import type { FindingsCollector } from './findings-collector';
import { hasKind, type PlanIndex } from '../plan/plan-index';

/**
 * Every go-live needs a period of heightened support with its own exit criteria; an ELS of
 * 0 days hands the change to normal support the moment it lands.
 */
export function checkEarlyLifeSupport(index: PlanIndex, findings: FindingsCollector): void {
  for (const delivery of index.deliveries) {
    // An empty delivery releases nothing to support; it is reported as empty instead.
    if (delivery.items.length > 0 && !hasKind(delivery.items, 'earlyLifeSupport')) {
      findings.add(
        'delivery-without-els',
        'warning',
        delivery.path,
        `${nameDelivery(delivery.delivery)} has no early life support after go-live.`,
      );
    }
    for (const entry of delivery.items) {
      if (entry.item.kind !== 'earlyLifeSupport' || entry.item.days > 0) continue;
      findings.add(
        'els-zero-days',
        'warning',
        [...entry.path, 'days'],
        `${nameItem(entry.item)} of ${nameDelivery(delivery.delivery)} lasts 0 days, so support drops to normal levels at go-live.`,
      );
    }
  }
}
