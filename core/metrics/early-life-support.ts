import { ROLE } from '../itil/roles';
import type { Delivery } from '../plan/schema';
import { addCalendarDays, daysBetween } from './calendar';
import { largestElsDays } from './horizon';
import type { StreamProfile } from './stream-profile';
import type { ElsPeriod, MetricsHorizon, PackagedEls, StreamsEls } from './types';

/**
 * One period per delivery with early life support, as long as its longest ELS item. A period
 * covers the days after go-live up to and including date + N: N calendar days.
 */
export function packagedEls(deliveries: readonly Delivery[], horizon: MetricsHorizon): PackagedEls {
  const periods: ElsPeriod[] = [];
  const spans: [number, number][] = [];
  for (const delivery of deliveries) {
    if (!delivery.items.some((item) => item.kind === 'earlyLifeSupport')) continue;
    const days = largestElsDays(delivery);
    const to = addCalendarDays(delivery.date, days) ?? delivery.date;
    periods.push({ deliveryId: delivery.id, from: delivery.date, to, days });
    // Day offsets from the horizon start, clipped to the horizon so both sides compare.
    const first = Math.max(0, daysBetween(horizon.start, delivery.date) + 1);
    const last = Math.min(horizon.days - 1, daysBetween(horizon.start, to));
    if (first <= last) spans.push([first, last]);
  }
  return { periods, coveredDays: countCoveredDays(spans) };
}

/** Days covered by at least one span (inclusive day offsets), overlaps counted once. */
function countCoveredDays(spans: [number, number][]): number {
  spans.sort((a, b) => a[0] - b[0]);
  let covered = 0;
  let reached = -Infinity;
  for (const [first, last] of spans) {
    const from = Math.max(first, reached + 1);
    if (last >= from) {
      covered += last - from + 1;
      reached = last;
    }
  }
  return covered;
}

/**
 * Under streams early life support never ends: a stream carrying it (or one owned by CSI) runs
 * through the whole horizon.
 */
export function streamsEls(
  profiles: readonly StreamProfile[],
  horizon: MetricsHorizon,
): StreamsEls {
  const carrier =
    profiles.find((profile) => profile.kinds.has('earlyLifeSupport')) ??
    profiles.find((profile) => profile.stream.roles.includes(ROLE.csi));
  if (!carrier) return { continuous: false };
  return {
    continuous: true,
    days: horizon.days,
    streamName: carrier.stream.name,
    mergedWithCsi: carrier.stream.roles.includes(ROLE.csi),
  };
}
