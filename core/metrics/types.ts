import type { Range } from './range';

/** The State of DevOps report whose deployment-frequency table the bands come from. */
export type DoraReportYear = 2021 | 2023;

export type DoraBandId = 'elite' | 'high' | 'medium' | 'low';

export interface DoraBand {
  band: DoraBandId;
  /** The table's own wording for the band. */
  wording: string;
  year: DoraReportYear;
  /** The deployments per week the band was read from (the conservative end of a range). */
  perWeek: number;
  /** Set when the figure falls where the table itself is silent. */
  note?: string;
}

export interface MetricsHorizon {
  start: string;
  end: string;
  /** Calendar days, both ends counted. */
  days: number;
  weeks: number;
  /** True when it comes from the strategy, false when derived from the deliveries. */
  explicit: boolean;
}

export interface SideBySide<Packaged, Streams = Packaged> {
  packaged: Packaged;
  streams: Streams;
}

export type FirstIntervalBasis = 'horizonStart' | 'meanOfOtherIntervals';

export type PackagedLeadTime =
  | {
      known: true;
      /** Mean calendar days a functional requirement waits from done to live. */
      days: number;
      functionalRequirements: number;
      /** How the wait before the first delivery was estimated. */
      firstInterval: { days: number; basis: FirstIntervalBasis };
    }
  | { known: false; reason: string };

export type StreamsLeadTime =
  | {
      known: true;
      days: Range;
      /** Functional requirements that a deploying stream carries (the ones averaged). */
      functionalRequirements: number;
      /** Functional requirements no deploying stream carries: left out of the mean. */
      notDeployed: number;
    }
  | { known: false; reason: string; notDeployed: number };

export interface NonFunctionalStep {
  date: string;
  deliveryId: string;
  /** The lowest target percentage of the delivery's non-functional items. */
  percent: number;
}

export interface AcceptanceTracking {
  /** The packaged path, read as acceptance thresholds over time. */
  thresholds: NonFunctionalStep[];
  trackedBy: { streamId: string; streamName: string; runs: Range } | null;
}

export interface ElsPeriod {
  deliveryId: string;
  from: string;
  to: string;
  days: number;
}

export interface PackagedEls {
  periods: ElsPeriod[];
  /** Distinct calendar days inside the horizon that at least one period covers. */
  coveredDays: number;
}

export type StreamsEls =
  | { continuous: true; days: number; streamName: string; mergedWithCsi: boolean }
  | { continuous: false };

export interface StreamFigures {
  streamId: string;
  streamName: string;
  occurrences: Range;
  /** Carries at least one deliverable item: its occurrences are release events. */
  release: boolean;
  /** Owned by Release and Deployment Management: its occurrences are deployments. */
  deploys: boolean;
  /** Goes to a change authority (or has no approval model, read conservatively). */
  needsChangeAuthority: boolean;
}

export interface PlanMetrics {
  horizon: MetricsHorizon;
  doraYear: DoraReportYear;
  releaseEvents: SideBySide<Range>;
  /** Items per release event; null when there is no release event. */
  meanBatchSize: SideBySide<Range | null>;
  leadTime: SideBySide<PackagedLeadTime, StreamsLeadTime>;
  deploymentsPerWeek: SideBySide<Range>;
  doraBand: SideBySide<DoraBand>;
  changeAuthorityApprovalsPerWeek: SideBySide<Range>;
  /** Share (0..1) of release events that need a change authority; null without events. */
  changeAuthorityShare: SideBySide<Range | null>;
  nonFunctionalPath: SideBySide<NonFunctionalStep[], AcceptanceTracking>;
  earlyLifeSupport: SideBySide<PackagedEls, StreamsEls>;
  /** Every stream's own figures, in design order. */
  streams: StreamFigures[];
}

export type PlanMetricsResult = { ok: true; metrics: PlanMetrics } | { ok: false; reason: string };
