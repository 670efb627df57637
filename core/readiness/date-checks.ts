import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { nameDelivery, nameItem } from './describe';
import { countOf } from '../text/count-of';
import type { FindingsCollector } from './findings-collector';
import type { PlanIndex } from '../plan/plan-index';

/** A go-live date already behind us: the plan is stale, or the delivery slipped unrecorded. */
export function checkPastDeliveries(
  index: PlanIndex,
  findings: FindingsCollector,
  today: string | undefined,
): void {
  if (today === undefined) return;
  for (const delivery of index.deliveries) {
    const { date } = delivery.delivery;
    if (date >= today) continue;
    findings.add(
      'delivery-date-past',
      'warning',
      [...delivery.path, 'date'],
      `${nameDelivery(delivery.delivery)} was due to go live on ${date}, before today (${today}).`,
      {
        subject: `${nameDelivery(delivery.delivery)} (${date})`,
        together: (count) =>
          `${countOf(count, 'delivery was', 'deliveries were')} due to go live before today (${today}): move their dates or record that they went live.`,
      },
    );
  }
}

/**
 * Metrics are computed over the strategy's horizon when it is given: a delivery outside it is
 * silently left out of them, and an ELS running past its end is cut short.
 */
export function checkHorizon(index: PlanIndex, findings: FindingsCollector): void {
  const { horizon } = index.plan.strategy;
  if (horizon === undefined) return;
  const end = parseISO(horizon.end);
  for (const delivery of index.deliveries) {
    const { date } = delivery.delivery;
    if (date < horizon.start || date > horizon.end) {
      findings.add(
        'delivery-outside-horizon',
        'warning',
        [...delivery.path, 'date'],
        `${nameDelivery(delivery.delivery)} goes live on ${date}, outside the strategy's horizon (${horizon.start} to ${horizon.end}), so metrics leave it out.`,
      );
      continue;
    }
    const goLive = parseISO(date);
    for (const entry of delivery.items) {
      if (entry.item.kind !== 'earlyLifeSupport') continue;
      // Part days still need support on that day.
      const days = Math.ceil(entry.item.days);
      if (differenceInCalendarDays(end, goLive) >= days) continue;
      findings.add(
        'els-beyond-horizon',
        'info',
        [...entry.path, 'days'],
        `${nameItem(entry.item)} of ${nameDelivery(delivery.delivery)} runs until ${format(addDays(goLive, days), 'yyyy-MM-dd')}, past the end of the strategy's horizon (${horizon.end}).`,
      );
    }
  }
}
