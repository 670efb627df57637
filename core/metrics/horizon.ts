import type { Delivery, Plan } from '../plan/schema';
import { addCalendarDays, inclusiveDays, parseDay } from './calendar';
import type { MetricsHorizon } from './types';

export type HorizonResult = { ok: true; horizon: MetricsHorizon } | { ok: false; reason: string };

/** The largest ELS of a delivery, in whole calendar days (a part day still touches the day). */
export function largestElsDays(delivery: Delivery): number {
  let largest = 0;
  for (const item of delivery.items) {
    if (item.kind === 'earlyLifeSupport' && item.days > largest) largest = item.days;
  }
  return Math.ceil(largest);
}

function describe(start: string, end: string, explicit: boolean): MetricsHorizon {
  const days = inclusiveDays(start, end);
  return { start, end, days, weeks: days / 7, explicit };
}

/**
 * The strategy's horizon when it has one; otherwise from the first delivery to the end of the
 * last early life support, since that is when the packaged plan stops asking anything of anyone.
 */
export function resolveHorizon(plan: Plan): HorizonResult {
  const explicit = plan.strategy.horizon;
  if (explicit) {
    if (parseDay(explicit.start) === null || parseDay(explicit.end) === null) {
      return { ok: false, reason: 'The strategy horizon has a date that is not YYYY-MM-DD.' };
    }
    if (explicit.end < explicit.start) {
      return { ok: false, reason: 'The strategy horizon ends before it starts.' };
    }
    return { ok: true, horizon: describe(explicit.start, explicit.end, true) };
  }

  const deliveries = plan.packagedPlan.deliveries;
  if (deliveries.length === 0) {
    return {
      ok: false,
      reason:
        'The plan has no deliveries and no horizon in its strategy, so there is no period to compute metrics over.',
    };
  }
  let start: string | null = null;
  let end: string | null = null;
  for (const delivery of deliveries) {
    if (parseDay(delivery.date) === null) {
      return { ok: false, reason: `Delivery "${delivery.id}" has a date that is not YYYY-MM-DD.` };
    }
    const elsEnd = addCalendarDays(delivery.date, largestElsDays(delivery));
    if (elsEnd === null) {
      return {
        ok: false,
        reason: `The early life support of delivery "${delivery.id}" runs past any calendar date.`,
      };
    }
    if (start === null || delivery.date < start) start = delivery.date;
    if (end === null || elsEnd > end) end = elsEnd;
  }
  if (start === null || end === null) throw new Error('unreachable: deliveries were not empty');
  return { ok: true, horizon: describe(start, end, false) };
}
