import { appWrittenConditions } from '../../../core/conversion/approval-conditions';
import { DEFAULT_CONVERSION_RULES } from '../../../core/conversion/default-rules';
import { createEmptyPlan } from '../../../core/plan/new-plan';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDocumentStore } from '../../../renderer/src/state/document-store';
import {
  addSourceItem,
  addStream,
  approvalOfMode,
  cadenceOfKind,
  removeSourceItem,
  removeStream,
  setRole,
  streamPath,
} from '../../../renderer/src/state/stream-edits';
import { openPlan, openTwoDeliveries } from './edit-plans';

const edit = useDocumentStore.getState().editPlan;
const streams = () => openPlan().streamDesign?.streams ?? [];

beforeEach(openTwoDeliveries);

describe('the stream edits', () => {
  it('adds a hand-made stream with the next free id, from no rule', () => {
    let id = '';
    edit((draft) => {
      id = addStream(draft);
    });
    expect(id).toBe('stream-2');
    expect(streams()[1]).toEqual({
      id: 'stream-2',
      name: 'New stream',
      cadence: { kind: 'asRequired' },
      roles: [],
      sourceItemIds: [],
    });
  });

  it('remembers a removed rule-made stream, so converting again does not bring it back', () => {
    edit((draft) => {
      removeStream(draft, 's1');
    });
    expect(streams()).toEqual([]);
    expect(openPlan().streamDesign?.removedRuleIds).toEqual(['code']);
  });

  it('traces an item to a stream once, and takes it out again', () => {
    edit((draft) => {
      addSourceItem(draft, 's1', 'i3');
      addSourceItem(draft, 's1', 'i3');
    });
    expect(streams()[0]?.sourceItemIds).toEqual(['i1', 'i3']);
    edit((draft) => {
      removeSourceItem(draft, 's1', 'i1');
    });
    expect(streams()[0]?.sourceItemIds).toEqual(['i3']);
  });

  it('gives a stream a role and takes it away', () => {
    edit((draft) => {
      setRole(draft, 's1', 'knowledge', true);
      setRole(draft, 's1', 'sacm', false);
    });
    expect(streams()[0]?.roles).toEqual(['knowledge']);
  });

  it('turns one cadence into another keeping its pace: every 3 days is 1–2 times a week', () => {
    expect(cadenceOfKind('timesPerWeek', { kind: 'everyNDays', n: 3 })).toEqual({
      kind: 'timesPerWeek',
      min: 1,
      max: 2,
    });
    expect(cadenceOfKind('everyNDays', { kind: 'timesPerWeek', min: 1, max: 2 })).toEqual({
      kind: 'everyNDays',
      n: 4,
    });
    expect(cadenceOfKind('timesPerWeek', { kind: 'daily' })).toEqual({
      kind: 'timesPerWeek',
      min: 5,
      max: 5,
    });
  });

  it('keeps the conditions the user wrote when the approval mode changes', () => {
    const current = { mode: 'changeAuthority' as const, authority: 'CAB', conditions: 'Weekly' };
    expect(approvalOfMode('preAuthorised', current)).toEqual({
      mode: 'preAuthorised',
      gate: 'Automated build and integration tests',
      conditions: 'Weekly',
    });
    expect(approvalOfMode('none', current)).toBeUndefined();
  });

  it('replaces conditions the app wrote with the new model’s own', () => {
    const rule = DEFAULT_CONVERSION_RULES.rules[0]?.stream.approval;
    if (rule?.mode !== 'preAuthorised') throw new Error('the code rule is pre-authorised');
    const texts = appWrittenConditions(createEmptyPlan(), undefined);
    const next = approvalOfMode('changeAuthority', rule, texts);
    expect(next).toEqual({
      mode: 'changeAuthority',
      authority: 'Change Advisory Board',
      conditions:
        'Normal change: each release goes to Change Advisory Board for approval before it reaches production.',
    });
    // Back again: the default it was given is the app's too, so it follows the model.
    if (!next) throw new Error('a model was expected');
    const stream = { id: 's', name: 'S', cadence: { kind: 'daily' as const }, roles: [] };
    const back = approvalOfMode(
      'preAuthorised',
      next,
      appWrittenConditions(createEmptyPlan(), { ...stream, sourceItemIds: [], approval: next }),
    );
    expect(back?.conditions).toBe(
      'Standard change: each release passes Automated build and integration tests before it reaches production.',
    );
  });

  it('gives a switched stream the deciders the change policy names', () => {
    const policy = {
      changeAuthority: { authority: 'Head of Change', authorityKind: 'changeManager' as const },
      preAuthorisingGates: ['Release pipeline v2'],
      emergency: { authority: 'Duty manager' },
    };
    const current = { mode: 'signOff' as const, authority: 'DPO' };
    expect(approvalOfMode('changeAuthority', current, new Set(), policy)).toMatchObject({
      authority: 'Head of Change',
      authorityKind: 'changeManager',
    });
    expect(approvalOfMode('preAuthorised', current, new Set(), policy)).toMatchObject({
      gate: 'Release pipeline v2',
    });
    expect(approvalOfMode('emergency', current, new Set(), policy)).toMatchObject({
      authority: 'Duty manager',
    });
  });

  it('names a stream field the way validation problems do', () => {
    expect(streamPath(2, 'cadence')).toBe('streamDesign.streams[2].cadence');
  });
});
