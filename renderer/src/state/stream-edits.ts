import type { Draft } from 'immer';
import {
  appWrittenConditions,
  defaultConditions,
} from '../../../core/conversion/approval-conditions';
import { approvalOfModeUnderPolicy } from '../../../core/conversion/policy';
import type {
  ApprovalModel,
  Cadence,
  ChangeApprovalPolicy,
  Plan,
  Stream,
} from '../../../core/plan/schema';
import { useDocumentStore } from './document-store';

export type CadenceKind = Cadence['kind'];
export type ApprovalMode = ApprovalModel['mode'] | 'none';

/** The path of a stream's field, as validation problems and readiness findings write it. */
export function streamPath(index: number, field?: string): string {
  const base = `streamDesign.streams[${String(index)}]`;
  return field === undefined ? base : `${base}.${field}`;
}

/**
 * A cadence of another kind, keeping what still makes sense of the current one: a stream that
 * ran every 3 days and becomes "times a week" runs 2–3 times a week, not some fixed default.
 */
export function cadenceOfKind(kind: CadenceKind, current: Cadence): Cadence {
  if (kind === current.kind) return current;
  switch (kind) {
    case 'daily':
      return { kind: 'daily' };
    case 'asRequired':
      return { kind: 'asRequired' };
    case 'everyNDays': {
      const n = current.kind === 'timesPerWeek' ? Math.round(7 / current.max) : 2;
      return { kind: 'everyNDays', n: Math.max(2, n) };
    }
    case 'timesPerWeek': {
      if (current.kind === 'everyNDays') {
        const max = clampWeek(Math.round(7 / current.n));
        return { kind: 'timesPerWeek', min: Math.max(1, max - 1), max };
      }
      return current.kind === 'daily'
        ? { kind: 'timesPerWeek', min: 5, max: 5 }
        : { kind: 'timesPerWeek', min: 1, max: 2 };
    }
  }
}

function clampWeek(n: number): number {
  return Math.min(7, Math.max(1, n));
}

/**
 * The approval model in another mode. Conditions the app wrote (a rule's, the last
 * conversion's, a model's default) become the new model's default, so the diagram and the
 * report never say "standard change" of a stream that goes to the CAB; conditions the user
 * wrote stay. `appTexts` is `appWrittenConditions` of the plan and stream.
 */
export function approvalOfMode(
  mode: ApprovalMode,
  current: ApprovalModel | undefined,
  appTexts: ReadonlySet<string> = new Set(),
  policy?: ChangeApprovalPolicy,
): ApprovalModel | undefined {
  if (mode === 'none') return undefined;
  if (current?.mode === mode) return current;
  const base = approvalOfModeUnderPolicy(mode, policy);
  const own = current?.conditions;
  const keep = own !== undefined && own.trim() !== '' && !appTexts.has(own.trim());
  return { ...base, conditions: keep ? own : defaultConditions(base) };
}

/** The open plan's change policy: who a stream switched to another model goes to. */
export function openPlanPolicy(): ChangeApprovalPolicy | undefined {
  return useDocumentStore.getState().plan?.strategy.changeApproval;
}

/** The app-written conditions of a stream of the open plan, by id or by position. */
export function appConditionsOf(stream: string | number): Set<string> {
  const plan = useDocumentStore.getState().plan;
  if (!plan) return new Set();
  const streams = plan.streamDesign?.streams ?? [];
  const found =
    typeof stream === 'number' ? streams[stream] : streams.find((entry) => entry.id === stream);
  return appWrittenConditions(plan, found);
}

/** A stream added by hand: it comes from no rule, so re-conversion keeps it as it is. */
export function addStream(draft: Draft<Plan>): string {
  draft.streamDesign ??= { streams: [] };
  const used = new Set(draft.streamDesign.streams.map((stream) => stream.id));
  let n = draft.streamDesign.streams.length + 1;
  while (used.has(`stream-${String(n)}`)) n += 1;
  const id = `stream-${String(n)}`;
  const stream: Stream = {
    id,
    name: 'New stream',
    cadence: { kind: 'asRequired' },
    roles: [],
    sourceItemIds: [],
  };
  draft.streamDesign.streams.push(stream);
  return id;
}

/**
 * Removes a stream. A stream the rules made is remembered as removed, so converting again does
 * not bring it back (its items then show as unmapped, with that reason).
 */
export function removeStream(draft: Draft<Plan>, streamId: string): void {
  const design = draft.streamDesign;
  if (!design) return;
  const index = design.streams.findIndex((stream) => stream.id === streamId);
  const stream = design.streams[index];
  if (!stream) return;
  design.streams.splice(index, 1);
  const ruleId = stream.derivedFrom?.ruleId;
  if (ruleId !== undefined) {
    design.removedRuleIds ??= [];
    if (!design.removedRuleIds.includes(ruleId)) design.removedRuleIds.push(ruleId);
  }
}

export function findStream(draft: Draft<Plan>, streamId: string): Draft<Stream> | undefined {
  return draft.streamDesign?.streams.find((stream) => stream.id === streamId);
}

export function addSourceItem(draft: Draft<Plan>, streamId: string, itemId: string): void {
  const stream = findStream(draft, streamId);
  if (stream && !stream.sourceItemIds.includes(itemId)) stream.sourceItemIds.push(itemId);
}

export function removeSourceItem(draft: Draft<Plan>, streamId: string, itemId: string): void {
  const stream = findStream(draft, streamId);
  if (stream) stream.sourceItemIds = stream.sourceItemIds.filter((id) => id !== itemId);
}

/**
 * Takes removed packaged items out of every stream that traces them, in the same edit that
 * removes them, so the stream design never points at an item that is gone. Returns the names
 * of the streams that lost one, for the message that says so.
 */
export function dropTracesOf(draft: Draft<Plan>, itemIds: ReadonlySet<string>): string[] {
  const losers: string[] = [];
  if (itemIds.size === 0) return losers;
  draft.streamDesign?.streams.forEach((stream, index) => {
    const kept = stream.sourceItemIds.filter((id) => !itemIds.has(id));
    if (kept.length === stream.sourceItemIds.length) return;
    stream.sourceItemIds = kept;
    losers.push(stream.name.trim() || `Stream ${String(index + 1)}`);
  });
  return losers;
}

export function setRole(draft: Draft<Plan>, streamId: string, roleId: string, owns: boolean): void {
  const stream = findStream(draft, streamId);
  if (!stream) return;
  const has = stream.roles.includes(roleId);
  if (owns && !has) stream.roles.push(roleId);
  if (!owns && has) stream.roles = stream.roles.filter((role) => role !== roleId);
}
