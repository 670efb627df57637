import type { Delivery } from '../plan/schema';
import type { StreamProfile } from './stream-profile';
import type { AcceptanceTracking, NonFunctionalStep } from './types';

/**
 * The share of non-functional targets met, delivery by delivery. A delivery is only as good
 * as its weakest target, so its step is the lowest percentage among its items.
 */
export function nonFunctionalSteps(deliveries: readonly Delivery[]): NonFunctionalStep[] {
  const steps: NonFunctionalStep[] = [];
  for (const delivery of deliveries) {
    let lowest: number | null = null;
    for (const item of delivery.items) {
      if (item.kind !== 'nonFunctional') continue;
      if (lowest === null || item.targetPercent < lowest) lowest = item.targetPercent;
    }
    if (lowest !== null) {
      steps.push({ date: delivery.date, deliveryId: delivery.id, percent: lowest });
    }
  }
  return steps;
}

/**
 * Under streams the same percentages become acceptance thresholds that a testing stream checks
 * on every run; the first stream carrying non-functional items is the one that tracks them.
 */
export function acceptanceTracking(
  steps: NonFunctionalStep[],
  profiles: readonly StreamProfile[],
): AcceptanceTracking {
  const tracker = profiles.find((profile) => profile.kinds.has('nonFunctional'));
  return {
    thresholds: steps.map((step) => ({ ...step })),
    trackedBy: tracker
      ? {
          streamId: tracker.stream.id,
          streamName: tracker.stream.name,
          runs: tracker.occurrences,
        }
      : null,
  };
}
