import type { UnmappedItem } from '../conversion/convert';
import type { DiagramDetail } from '../diagrams/types';
import type { Vocabulary } from '../itil/vocabulary';
import type { PlanMetricsResult } from '../metrics/types';
import type { Delivery, Item, Plan, Stream } from '../plan/schema';
import type { Finding } from '../readiness/finding';

/** Everything a section is built from: the plan and what core derived from it once. */
export interface ReportContext {
  plan: Plan;
  streams: readonly Stream[];
  /** True when the streams were proposed for this report and are not saved in the plan. */
  streamsProposed: boolean;
  unmapped: readonly UnmappedItem[];
  metrics: PlanMetricsResult;
  findings: readonly Finding[];
  vocabulary: Vocabulary;
  /** The report's date, YYYY-MM-DD (given, so the builder stays deterministic). */
  date: string;
  detail: DiagramDetail;
}

/** Each item with its delivery, by id (the first delivery holding an id wins, as elsewhere). */
export function itemsById(plan: Plan): Map<string, { item: Item; delivery: Delivery }> {
  const byId = new Map<string, { item: Item; delivery: Delivery }>();
  for (const delivery of plan.packagedPlan.deliveries) {
    for (const item of delivery.items) {
      if (!byId.has(item.id)) byId.set(item.id, { item, delivery });
    }
  }
  return byId;
}

/** A delivery as a reader names it: its name, else its date, never its id. */
export function deliveryName(delivery: Delivery): string {
  return delivery.name.trim() || `Delivery of ${delivery.date}`;
}

export function itemName(item: Item): string {
  return item.title.trim() || '(untitled item)';
}

export function streamTitle(stream: Stream): string {
  return stream.name.trim() || '(unnamed stream)';
}

/** User text trimmed, or the fallback when there is none (absent, empty or only spaces). */
export function textOr(text: string | undefined, fallback: string): string {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? fallback : trimmed;
}
