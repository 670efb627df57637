import type { Draft } from 'immer';
import { nextIds } from '../../../../core/plan/new-ids';
import type {
  ApprovalModel,
  Cadence,
  ElsPolicy,
  Horizon,
  ImprovementLevel,
  Plan,
  Risk,
  Strategy,
} from '../../../../core/plan/schema';
import { useDocumentStore } from '../../state/document-store';
import { editPlan, setOptionalText } from '../../ui/edit-plan';

/**
 * The strategy editor's edits. Optional fields the user empties are removed rather than kept
 * empty, and so is a policy object left with nothing in it: what the file holds is only what
 * the user wrote.
 */

type TextKey = 'need' | 'changePolicy' | 'knowledgeNotes' | 'configurationNotes';

export function setPlanTitle(title: string): void {
  editPlan(
    (draft) => {
      draft.title = title;
    },
    'title',
    'Rename plan',
  );
}

export function setServiceName(name: string): void {
  editPlan(
    (draft) => {
      draft.service.name = name;
    },
    'service.name',
    'Rename service',
  );
}

export function setServiceOwner(owner: string): void {
  editPlan(
    (draft) => {
      setOptionalText(draft.service, 'owner', owner);
    },
    'service.owner',
    'Change service owner',
  );
}

export function setStrategyText(key: TextKey, value: string): void {
  editPlan(
    (draft) => {
      setOptionalText(draft.strategy, key, value);
    },
    `strategy.${key}`,
    'Edit strategy text',
  );
}

export function setCustomers(customers: string[]): void {
  editPlan(
    (draft) => {
      if (customers.length === 0) Reflect.deleteProperty(draft.strategy, 'customers');
      else draft.strategy.customers = customers;
    },
    undefined,
    'Change customers',
  );
}

export function setApproach(approach: Strategy['approach']): void {
  editPlan(
    (draft) => {
      draft.strategy.approach = approach;
    },
    undefined,
    'Change approach',
  );
}

export function setHorizon(horizon: Horizon | undefined): void {
  editPlan(
    (draft) => {
      if (horizon) draft.strategy.horizon = horizon;
      else Reflect.deleteProperty(draft.strategy, 'horizon');
    },
    undefined,
    'Change horizon',
  );
}

export function setStreamApproval(
  streamIndex: number,
  approval: ApprovalModel | undefined,
  coalesceKey?: string,
): void {
  editPlan(
    (draft) => {
      const stream = draft.streamDesign?.streams[streamIndex];
      if (!stream) return;
      if (approval) stream.approval = approval;
      else Reflect.deleteProperty(stream, 'approval');
    },
    coalesceKey,
    'Change approval',
  );
}

/** Edits the ELS policy, creating it when needed and removing it when left empty. */
function editEls(change: (policy: Draft<ElsPolicy>) => void, coalesceKey?: string): void {
  editPlan(
    (draft) => {
      const policy = draft.strategy.elsPolicy ?? {};
      change(policy);
      if (Object.keys(policy).length === 0) Reflect.deleteProperty(draft.strategy, 'elsPolicy');
      else draft.strategy.elsPolicy = policy;
    },
    coalesceKey,
    'Edit ELS policy',
  );
}

export function setIncidentFocus(on: boolean): void {
  editEls((policy) => {
    if (on) policy.incidentFocus = true;
    else Reflect.deleteProperty(policy, 'incidentFocus');
  });
}

export function setElsText(key: 'incidentNotes' | 'notes', value: string): void {
  editEls((policy) => {
    setOptionalText(policy, key, value);
  }, `strategy.elsPolicy.${key}`);
}

/** Sunrise/sunset meetings start daily: early life support is when they matter most. */
export function setMeetingsHeld(held: boolean): void {
  editEls((policy) => {
    if (held) policy.meetings ??= { cadence: { kind: 'daily' } };
    else Reflect.deleteProperty(policy, 'meetings');
  });
}

export function setMeetingCadence(cadence: Cadence, coalesceKey?: string): void {
  editEls((policy) => {
    if (policy.meetings) policy.meetings.cadence = cadence;
    else policy.meetings = { cadence };
  }, coalesceKey);
}

export function setMeetingAttendees(attendees: string[]): void {
  editEls((policy) => {
    if (!policy.meetings) return;
    if (attendees.length === 0) Reflect.deleteProperty(policy.meetings, 'attendees');
    else policy.meetings.attendees = attendees;
  });
}

export function setImprovementLevels(levels: ImprovementLevel[]): void {
  editEls((policy) => {
    if (levels.length === 0) Reflect.deleteProperty(policy, 'improvementLevels');
    else policy.improvementLevels = levels;
  });
}

/** A new risk, medium on both scales until the user rates it; returns its id. */
export function addRisk(): string | null {
  const plan = useDocumentStore.getState().plan;
  if (!plan) return null;
  const [id = 'r1'] = nextIds(
    'r',
    (plan.strategy.risks ?? []).map((risk) => risk.id),
  );
  editPlan(
    (draft) => {
      const risk: Risk = { id, description: '', likelihood: 'medium', impact: 'medium' };
      (draft.strategy.risks ??= []).push(risk);
    },
    undefined,
    'Add risk',
  );
  return id;
}

export function updateRisk(
  index: number,
  change: (risk: Draft<Risk>) => void,
  coalesceKey?: string,
): void {
  editPlan(
    (draft) => {
      const risk = draft.strategy.risks?.[index];
      if (risk) change(risk);
    },
    coalesceKey,
    'Edit risk',
  );
}

export function removeRisk(index: number): void {
  editPlan(
    (draft: Draft<Plan>) => {
      const risks = draft.strategy.risks;
      if (!risks) return;
      risks.splice(index, 1);
      if (risks.length === 0) Reflect.deleteProperty(draft.strategy, 'risks');
    },
    undefined,
    'Remove risk',
  );
}
