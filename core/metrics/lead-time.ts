import type { Delivery } from '../plan/schema';
import { daysBetween } from './calendar';
import type { Range } from './range';
import type { StreamProfile } from './stream-profile';
import type {
  FirstIntervalBasis,
  MetricsHorizon,
  PackagedLeadTime,
  StreamsLeadTime,
} from './types';

function countFunctional(delivery: Delivery): number {
  let count = 0;
  for (const item of delivery.items) if (item.kind === 'functional') count += 1;
  return count;
}

interface ReleaseDate {
  date: string;
  functional: number;
}

/**
 * Deliveries on the same day go live together, so they share one interval: otherwise the second
 * of them would claim its requirements waited no time at all.
 */
function groupByDate(deliveries: readonly Delivery[]): ReleaseDate[] {
  const groups: ReleaseDate[] = [];
  for (const delivery of deliveries) {
    const last = groups.at(-1);
    if (last?.date === delivery.date) last.functional += countFunctional(delivery);
    else groups.push({ date: delivery.date, functional: countFunctional(delivery) });
  }
  return groups;
}

/**
 * A requirement finished at a random moment between two releases waits, on average, half the
 * interval before it goes live. `deliveries` are those inside the horizon, in date order.
 */
export function packagedLeadTime(
  deliveries: readonly Delivery[],
  horizon: MetricsHorizon,
): PackagedLeadTime {
  const groups = groupByDate(deliveries);
  const functional = groups.reduce((sum, group) => sum + group.functional, 0);
  const first = groups[0];
  if (functional === 0 || first === undefined) {
    return {
      known: false,
      reason: 'No functional requirement is delivered inside the horizon.',
    };
  }

  const intervals: number[] = [];
  for (let k = 1; k < groups.length; k += 1) {
    const previous = groups[k - 1];
    const current = groups[k];
    if (previous && current) intervals.push(daysBetween(previous.date, current.date));
  }

  let firstInterval: number;
  let basis: FirstIntervalBasis;
  if (horizon.explicit && horizon.start < first.date) {
    firstInterval = daysBetween(horizon.start, first.date);
    basis = 'horizonStart';
  } else if (intervals.length > 0) {
    // Nothing says when work on the first delivery began: assume the plan's usual rhythm.
    firstInterval = intervals.reduce((sum, days) => sum + days, 0) / intervals.length;
    basis = 'meanOfOtherIntervals';
  } else {
    return {
      known: false,
      reason:
        'There is only one delivery date and no earlier horizon start, so there is no interval between releases to wait through.',
    };
  }

  let waited = (first.functional * firstInterval) / 2;
  groups.forEach((group, k) => {
    const interval = intervals[k - 1];
    if (interval !== undefined) waited += (group.functional * interval) / 2;
  });
  return {
    known: true,
    days: waited / functional,
    functionalRequirements: functional,
    firstInterval: { days: firstInterval, basis },
  };
}

/**
 * Under streams a requirement waits for the next run of the fastest deploying stream that
 * carries it: half that stream's mean gap between scheduled runs (freezes and holidays
 * lengthen it). Streams without the release-deployment role (e.g.
 * knowledge updates) carry requirements but do not put them live.
 */
export function streamsLeadTime(
  deliveries: readonly Delivery[],
  profiles: readonly StreamProfile[],
): StreamsLeadTime {
  const fastest = new Map<string, Range>();
  for (const profile of profiles) {
    // A stream that never runs inside the horizon puts nothing live there.
    if (!profile.deploys || profile.occurrences.max === 0) continue;
    const gap = profile.meanGap;
    for (const placed of profile.sourceItems) {
      if (placed.item.kind !== 'functional' || !placed.inHorizon) continue;
      const known = fastest.get(placed.item.id);
      fastest.set(
        placed.item.id,
        known ? { min: Math.min(known.min, gap.min), max: Math.min(known.max, gap.max) } : gap,
      );
    }
  }

  const total = deliveries.reduce((sum, delivery) => sum + countFunctional(delivery), 0);
  const notDeployed = total - fastest.size;
  if (total === 0) {
    return {
      known: false,
      reason: 'No functional requirement is delivered inside the horizon.',
      notDeployed: 0,
    };
  }
  if (fastest.size === 0) {
    return {
      known: false,
      reason:
        'No stream with the Release and Deployment Management role carries a functional requirement.',
      notDeployed,
    };
  }
  let min = 0;
  let max = 0;
  for (const gap of fastest.values()) {
    min += gap.min / 2;
    max += gap.max / 2;
  }
  return {
    known: true,
    days: { min: min / fastest.size, max: max / fastest.size },
    functionalRequirements: fastest.size,
    notDeployed,
  };
}
