import { resolveHorizon } from '../metrics/horizon';
import type { Plan } from '../plan/schema';

/**
 * The days a recurring event of an imported calendar is expanded over: the plan's horizon (its
 * strategy's, else first go-live to the end of the last early life support). A weekly
 * maintenance window has no end; the plan's span is what the streams are scheduled over.
 */
export function calendarImportRange(plan: Plan): { from: string; to: string } | null {
  const horizon = resolveHorizon(plan);
  return horizon.ok ? { from: horizon.horizon.start, to: horizon.horizon.end } : null;
}
