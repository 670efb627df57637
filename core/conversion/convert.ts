import type {
  ConversionRule,
  ConversionRuleTable,
  Item,
  ItemKind,
  Plan,
  Stream,
} from '../plan/schema';
import { DEFAULT_CONVERSION_RULES } from './default-rules';
import { mergeStreamFields, type FieldConflict, type MergedField } from './merge-fields';
import { goneSinceBaseline, recordItemChanges } from './item-changes';
import { mergeSourceItems } from './merge-items';
import { templateFor } from './policy';
import { ruleMatcher, type RuleMatcher } from './rule-match';
import { findUnmapped, type PackagedItemRef, type UnmappedItem } from './unmapped';

export { itemsInNoStream, type PackagedItemRef, type UnmappedItem } from './unmapped';

export interface StreamItemChange {
  streamId: string;
  itemIds: string[];
}

export interface ConversionConflict extends FieldConflict {
  streamId: string;
}

/** A derived stream's hand edits the re-conversion kept: which fields, and whether its items. */
export interface StreamHandEdits {
  streamId: string;
  fields: MergedField[];
  items: boolean;
}

/** What a (re-)conversion did to the stream design, for the review screen and the CLI. */
export interface ConversionChanges {
  streamsAdded: string[];
  streamsKept: string[];
  streamsRemoved: string[];
  itemsAdded: StreamItemChange[];
  itemsRemoved: StreamItemChange[];
  conflicts: ConversionConflict[];
  /** Derived streams edited by hand since the last conversion (kept as the user has them). */
  handEdits: StreamHandEdits[];
}

export interface ConversionResult {
  plan: Plan;
  unmapped: UnmappedItem[];
  changes: ConversionChanges;
}

/** The rule table a plan converts with: its own when the user changed it, else the article's. */
export function rulesOf(plan: Plan): ConversionRuleTable {
  return plan.conversionRules ?? DEFAULT_CONVERSION_RULES;
}

/**
 * Converts the packaged plan into a stream design. Pure and deterministic. When the plan already
 * has a design, the result merges into it: each rule's stream is found by the rule it was
 * derived from, fields the user edited by hand are kept (a three-way merge against the baseline
 * the previous conversion stored), streams added by hand are kept, new items join their
 * streams and items no longer in the packaged plan leave every stream.
 */
export function convertToStreams(
  plan: Plan,
  rules: ConversionRuleTable = rulesOf(plan),
): ConversionResult {
  const items = listItems(plan);
  const itemIds = new Set(items.map((ref) => ref.item.id));
  const previous = plan.streamDesign?.streams ?? [];
  const removedRuleIds = new Set(plan.streamDesign?.removedRuleIds ?? []);
  const activeRules = rules.rules.filter((rule) => !removedRuleIds.has(rule.id));
  const matcher = ruleMatcher(rules.rules);
  const assignments = assignItems(items, activeRules, matcher);
  const itemById = new Map(items.map((ref) => [ref.item.id, ref.item]));
  const policy = plan.strategy.changeApproval;
  const template = (rule: ConversionRule, ids: readonly string[]) =>
    templateFor(
      rule,
      ids.flatMap((itemId) => itemById.get(itemId) ?? []),
      policy,
    );

  const changes: ConversionChanges = {
    streamsAdded: [],
    streamsKept: [],
    streamsRemoved: [],
    itemsAdded: [],
    itemsRemoved: [],
    conflicts: [],
    handEdits: [],
  };
  const rulesById = new Map(activeRules.map((rule) => [rule.id, rule]));
  const handledRules = new Set<string>();
  const streams: Stream[] = [];

  for (const stream of previous) {
    const ruleId = stream.derivedFrom?.ruleId;
    const rule = ruleId === undefined ? undefined : rulesById.get(ruleId);
    if (ruleId !== undefined && rule !== undefined && !handledRules.has(ruleId)) {
      handledRules.add(ruleId);
      const assigned = assignments.get(rule.id) ?? [];
      const merged = remergeDerivedStream(
        stream,
        rule.id,
        template(rule, assigned),
        assigned,
        itemIds,
      );
      recordItemChanges(changes, stream, merged.stream, goneSinceBaseline(stream, itemIds));
      changes.conflicts.push(
        ...merged.conflicts.map((conflict) => ({ streamId: stream.id, ...conflict })),
      );
      if (merged.handEdits.fields.length > 0 || merged.handEdits.items) {
        changes.handEdits.push({ streamId: stream.id, ...merged.handEdits });
      }
      const handEdited = merged.handEdits.fields.length > 0 || merged.handEdits.items;
      if (merged.stream.sourceItemIds.length === 0 && !handEdited) {
        changes.streamsRemoved.push(stream.id);
        continue;
      }
      changes.streamsKept.push(stream.id);
      streams.push(merged.stream);
      continue;
    }
    const kept = keepStreamWithoutRule(stream, itemIds, ruleId, removedRuleIds);
    recordItemChanges(changes, stream, kept.stream);
    if (kept.conflict) changes.conflicts.push(kept.conflict);
    changes.streamsKept.push(stream.id);
    streams.push(kept.stream);
  }

  const usedIds = new Set(streams.map((stream) => stream.id));
  for (const rule of activeRules) {
    if (handledRules.has(rule.id)) continue;
    const sourceItemIds = assignments.get(rule.id) ?? [];
    if (sourceItemIds.length === 0) continue;
    const stream = createDerivedStream(
      rule.id,
      template(rule, sourceItemIds),
      sourceItemIds,
      uniqueStreamId(rule.id, usedIds),
    );
    usedIds.add(stream.id);
    changes.streamsAdded.push(stream.id);
    changes.itemsAdded.push({ streamId: stream.id, itemIds: [...sourceItemIds] });
    streams.push(stream);
  }

  const unmapped = findUnmapped(items, streams, previous, rules, removedRuleIds, matcher);
  const streamDesign = { ...plan.streamDesign, streams };
  return { plan: { ...plan, streamDesign }, unmapped, changes };
}

export function listItems(plan: Plan): PackagedItemRef[] {
  const refs: PackagedItemRef[] = [];
  for (const delivery of plan.packagedPlan.deliveries) {
    for (const item of delivery.items) refs.push({ item, deliveryId: delivery.id });
  }
  return refs;
}

/** Rule id → item ids, in the rule's order of kinds, then in plan order. */
function assignItems(
  items: readonly PackagedItemRef[],
  rules: readonly ConversionRule[],
  matcher: RuleMatcher,
): Map<string, string[]> {
  const byKind = new Map<ItemKind, Item[]>();
  for (const { item } of items) {
    const list = byKind.get(item.kind);
    if (list) list.push(item);
    else byKind.set(item.kind, [item]);
  }
  const assignments = new Map<string, string[]>();
  for (const rule of rules) {
    const kinds = [...new Set(rule.kinds)];
    assignments.set(
      rule.id,
      kinds.flatMap((kind) =>
        (byKind.get(kind) ?? []).filter((item) => matcher.takes(rule, item)).map((item) => item.id),
      ),
    );
  }
  return assignments;
}

function createDerivedStream(
  ruleId: string,
  template: ConversionRule['stream'],
  sourceItemIds: string[],
  id: string,
): Stream {
  const { name, cadence, roles, approval } = structuredClone(template);
  return {
    id,
    name,
    cadence,
    roles,
    sourceItemIds: [...sourceItemIds],
    approval,
    derivedFrom: {
      ruleId,
      baseline: { ...structuredClone(template), sourceItemIds: [...sourceItemIds] },
    },
  };
}

function remergeDerivedStream(
  stream: Stream,
  ruleId: string,
  template: ConversionRule['stream'],
  assigned: readonly string[],
  itemIds: ReadonlySet<string>,
): { stream: Stream; conflicts: FieldConflict[]; handEdits: Omit<StreamHandEdits, 'streamId'> } {
  const baseline = stream.derivedFrom?.baseline;
  const fields = mergeStreamFields(stream, baseline, template);
  const items = mergeSourceItems({
    current: stream.sourceItemIds,
    baseline: baseline?.sourceItemIds ?? assigned,
    assigned,
    existing: itemIds,
  });
  return {
    stream: {
      ...stream,
      ...fields.values,
      sourceItemIds: items.sourceItemIds,
      derivedFrom: {
        ...stream.derivedFrom,
        ruleId,
        baseline: { ...structuredClone(template), sourceItemIds: [...assigned] },
      },
    },
    conflicts: fields.conflicts,
    handEdits: { fields: fields.editedFields, items: items.handEdited },
  };
}

/**
 * A stream added by hand, or one whose rule left the table: kept as the user has it, minus
 * items that are no longer in the packaged plan.
 */
function keepStreamWithoutRule(
  stream: Stream,
  itemIds: ReadonlySet<string>,
  ruleId: string | undefined,
  removedRuleIds: ReadonlySet<string>,
): { stream: Stream; conflict?: ConversionConflict } {
  const sourceItemIds = dedupe(stream.sourceItemIds.filter((id) => itemIds.has(id)));
  if (ruleId === undefined) return { stream: { ...stream, sourceItemIds } };
  const kept: Stream = { ...stream, sourceItemIds };
  delete kept.derivedFrom;
  const why = removedRuleIds.has(ruleId)
    ? `its rule "${ruleId}" is marked as removed from the design`
    : `its rule "${ruleId}" is no longer in the rule table`;
  return {
    stream: kept,
    conflict: {
      streamId: stream.id,
      field: 'rule',
      message: `Stream "${stream.name}" was kept as a hand-made stream: ${why}.`,
    },
  };
}

function uniqueStreamId(base: string, used: ReadonlySet<string>): string {
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${String(n)}`)) n += 1;
  return `${base}-${String(n)}`;
}

function dedupe(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
