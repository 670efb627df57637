import { ITEM_KIND_LABELS } from '../plan/item-kinds';
import type {
  ConversionRule,
  ConversionRuleTable,
  Item,
  ItemKind,
  Plan,
  Stream,
} from '../plan/schema';
import { DEFAULT_CONVERSION_RULES } from './default-rules';
import { mergeStreamFields, type FieldConflict } from './merge-fields';
import { mergeSourceItems } from './merge-items';
import { templateFor } from './policy';
import { ruleMatcher, type RuleMatcher } from './rule-match';

export interface PackagedItemRef {
  item: Item;
  deliveryId: string;
}

export interface UnmappedItem {
  itemId: string;
  deliveryId: string;
  kind: ItemKind;
  title: string;
  reason: string;
}

export interface StreamItemChange {
  streamId: string;
  itemIds: string[];
}

export interface ConversionConflict extends FieldConflict {
  streamId: string;
}

/** What a (re-)conversion did to the stream design, for the review screen and the CLI. */
export interface ConversionChanges {
  streamsAdded: string[];
  streamsKept: string[];
  streamsRemoved: string[];
  itemsAdded: StreamItemChange[];
  itemsRemoved: StreamItemChange[];
  conflicts: ConversionConflict[];
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
      recordItemChanges(changes, stream, merged.stream);
      changes.conflicts.push(
        ...merged.conflicts.map((conflict) => ({ streamId: stream.id, ...conflict })),
      );
      if (merged.stream.sourceItemIds.length === 0 && !merged.handEdited) {
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
): { stream: Stream; conflicts: FieldConflict[]; handEdited: boolean } {
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
    handEdited: fields.handEdited || items.handEdited,
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

function recordItemChanges(changes: ConversionChanges, before: Stream, after: Stream): void {
  const beforeIds = new Set(before.sourceItemIds);
  const afterIds = new Set(after.sourceItemIds);
  const added = after.sourceItemIds.filter((id) => !beforeIds.has(id));
  const removed = dedupe(before.sourceItemIds.filter((id) => !afterIds.has(id)));
  if (added.length > 0) changes.itemsAdded.push({ streamId: after.id, itemIds: added });
  if (removed.length > 0) changes.itemsRemoved.push({ streamId: after.id, itemIds: removed });
}

function findUnmapped(
  items: readonly PackagedItemRef[],
  streams: readonly Stream[],
  previous: readonly Stream[],
  rules: ConversionRuleTable,
  removedRuleIds: ReadonlySet<string>,
  matcher: RuleMatcher,
): UnmappedItem[] {
  const takenOutOf = new Map<string, string>();
  for (const stream of previous) {
    const holds = new Set(stream.sourceItemIds);
    for (const id of stream.derivedFrom?.baseline.sourceItemIds ?? []) {
      if (!holds.has(id) && !takenOutOf.has(id)) takenOutOf.set(id, stream.name);
    }
  }
  return itemsInNoStream(items, streams, (item) =>
    unmappedReason(
      item.kind,
      rules.rules.filter((rule) => matcher.takes(rule, item)),
      takenOutOf.get(item.id),
      removedRuleIds,
    ),
  );
}

/** The items no stream carries, in plan order, each with the reason `reasonFor` gives. */
export function itemsInNoStream(
  items: readonly PackagedItemRef[],
  streams: readonly Stream[],
  reasonFor: (item: Item) => string,
): UnmappedItem[] {
  const carried = new Set(streams.flatMap((stream) => stream.sourceItemIds));
  return items
    .filter(({ item }) => !carried.has(item.id))
    .map(({ item, deliveryId }) => ({
      itemId: item.id,
      deliveryId,
      kind: item.kind,
      title: item.title,
      reason: reasonFor(item),
    }));
}

function unmappedReason(
  kind: ItemKind,
  rules: readonly ConversionRule[] | undefined,
  takenOutOf: string | undefined,
  removedRuleIds: ReadonlySet<string>,
): string {
  const label = ITEM_KIND_LABELS[kind].toLowerCase();
  if (rules === undefined || rules.length === 0) {
    return `no conversion rule takes items of kind "${kind}" (${label}); assign it to a stream by hand`;
  }
  if (takenOutOf !== undefined) {
    return `it was taken out of "${takenOutOf}" by hand and is in no other stream`;
  }
  if (rules.every((rule) => removedRuleIds.has(rule.id))) {
    const names = rules.map((rule) => `"${rule.stream.name}"`).join(', ');
    return `the stream its rule creates (${names}) was removed from the design`;
  }
  return 'no stream carries it';
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
