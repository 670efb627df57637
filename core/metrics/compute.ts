import { indexPlan } from '../plan/plan-index';
import type { Plan, Stream } from '../plan/schema';
import { classifyDeploymentFrequency, DEFAULT_DORA_YEAR, isDoraReportYear } from './dora';
import { packagedEls, streamsEls } from './early-life-support';
import { resolveHorizon } from './horizon';
import { packagedLeadTime, streamsLeadTime } from './lead-time';
import { acceptanceTracking, nonFunctionalSteps } from './non-functional-path';
import { addRanges, exactly, scaleRange, ZERO_RANGE, type Range } from './range';
import { scheduleForMetrics } from './scheduled-runs';
import { isInside, profileStream, type StreamProfile } from './stream-profile';
import type { DoraReportYear, PlanMetricsResult } from './types';

export interface PlanMetricsOptions {
  /** Which report's deployment-frequency bands to use; the latest one by default. */
  doraYear?: DoraReportYear;
}

function sumOccurrences(profiles: readonly StreamProfile[]): Range {
  return profiles.reduce((sum, profile) => addRanges(sum, profile.occurrences), ZERO_RANGE);
}

/**
 * Items per event. The fewest items per event go with the most events, and vice versa. When a
 * cadence may not fire at all, the size is only defined once it fires, so the upper bound
 * assumes one event.
 */
function perEvent(items: number, events: Range): Range | null {
  if (events.max === 0) return null;
  return { min: items / events.max, max: items / Math.max(1, events.min) };
}

/**
 * Share of release events that go to a change authority, given that some event happens. The
 * two parts vary independently, so the lowest share pairs the fewest such events with the
 * most of the others, and the highest the other way round.
 */
function shareOf(part: Range, rest: Range): Range | null {
  if (part.max + rest.max === 0) return null;
  const low = rest.max === 0 ? 1 : part.min / (part.min + rest.max);
  const high = part.max === 0 ? 0 : part.max / (part.max + rest.min);
  return { min: low, max: high };
}

/**
 * Compares the packaged plan with a stream design over one horizon. Pure and linear in the size
 * of the plan plus the streams' source lists.
 */
export function computePlanMetrics(
  plan: Plan,
  streams: readonly Stream[],
  options: PlanMetricsOptions = {},
): PlanMetricsResult {
  const doraYear = options.doraYear ?? DEFAULT_DORA_YEAR;
  // The type already says so; a year read from outside TypeScript may still be anything.
  if (!isDoraReportYear(doraYear)) {
    return {
      ok: false,
      reason: `There is no DORA table for ${String(doraYear)}: use 2021 or 2023.`,
    };
  }
  const resolved = resolveHorizon(plan);
  if (!resolved.ok) return resolved;
  const { horizon } = resolved;
  const index = indexPlan(plan);
  // Runs are counted as scheduled: against the change calendar, within the items' dates.
  const profiles = scheduleForMetrics(plan, index, streams).map((scheduled) =>
    profileStream(scheduled, index, horizon),
  );
  const inHorizon = index.deliveriesByDate
    .map((entry) => entry.delivery)
    .filter((delivery) => isInside(delivery.date, horizon));
  const releaseProfiles = profiles.filter((profile) => profile.release);
  // Rates per week are occurrences × 7 / days: the same figure as / weeks, without a rounded
  // divisor nudging a cadence of exactly 5 a week below the elite threshold.
  const perWeek = 7 / horizon.days;

  const deliveries = inHorizon.length;
  const packagedItems = inHorizon.reduce((sum, d) => sum + d.items.length, 0);
  const releaseEvents = sumOccurrences(releaseProfiles);
  const releaseItems = releaseProfiles.reduce((sum, profile) => sum + profile.itemsInHorizon, 0);

  const deployments = scaleRange(
    sumOccurrences(profiles.filter((profile) => profile.deploys)),
    perWeek,
  );
  const packagedDeployments = exactly(deliveries * perWeek);

  const steps = nonFunctionalSteps(inHorizon);

  return {
    ok: true,
    metrics: {
      horizon,
      doraYear,
      releaseEvents: { packaged: exactly(deliveries), streams: releaseEvents },
      meanBatchSize: {
        packaged: perEvent(packagedItems, exactly(deliveries)),
        streams: perEvent(releaseItems, releaseEvents),
      },
      leadTime: {
        packaged: packagedLeadTime(inHorizon, horizon),
        streams: streamsLeadTime(inHorizon, profiles),
      },
      deploymentsPerWeek: { packaged: packagedDeployments, streams: deployments },
      doraBand: {
        // The low end of a range: a band the plan is sure to reach, not one it might.
        packaged: classifyDeploymentFrequency(packagedDeployments.min, doraYear),
        streams: classifyDeploymentFrequency(deployments.min, doraYear),
      },
      changeAuthorityApprovalsPerWeek: {
        // Every packaged delivery is a normal change that its change authority authorises.
        packaged: packagedDeployments,
        streams: scaleRange(
          sumOccurrences(profiles.filter((profile) => profile.needsChangeAuthority)),
          perWeek,
        ),
      },
      changeAuthorityShare: {
        packaged: deliveries === 0 ? null : exactly(1),
        streams: shareOf(
          sumOccurrences(releaseProfiles.filter((profile) => profile.needsChangeAuthority)),
          sumOccurrences(releaseProfiles.filter((profile) => !profile.needsChangeAuthority)),
        ),
      },
      nonFunctionalPath: {
        packaged: steps,
        streams: acceptanceTracking(steps, profiles),
      },
      earlyLifeSupport: {
        packaged: packagedEls(inHorizon, horizon),
        streams: streamsEls(profiles, horizon),
      },
      streams: profiles.map((profile) => ({
        streamId: profile.stream.id,
        streamName: profile.stream.name,
        occurrences: profile.occurrences,
        release: profile.release,
        deploys: profile.deploys,
        needsChangeAuthority: profile.needsChangeAuthority,
      })),
    },
  };
}
