import type { Plan } from '../plan/schema';
import { compareIsoDates } from '../plan/calendar-date';

export interface GoLive {
  deliveryId: string;
  name: string;
  date: string;
}

/** Each delivery's go-live, by date (plan order on the same day). */
export function goLives(plan: Plan): GoLive[] {
  return plan.packagedPlan.deliveries
    .map((delivery) => ({ deliveryId: delivery.id, name: delivery.name, date: delivery.date }))
    .sort((a, b) => compareIsoDates(a.date, b.date));
}
