import { beforeEach, describe, expect, it } from 'vitest';
import {
  addRisk,
  removeRisk,
  setElsText,
  setMeetingCadence,
  setMeetingsHeld,
  setPlanTitle,
  setServiceOwner,
  setStreamApproval,
  updateRisk,
} from '../../../renderer/src/features/strategy/strategy-edits';
import { openPlan, openTwoDeliveries, undoPlanEdit } from './edit-plans';

beforeEach(openTwoDeliveries);

describe('the strategy edits', () => {
  it('retitles the plan and names the service owner; clearing the owner removes the field', () => {
    setPlanTitle('Payments go-live');
    setServiceOwner('Ana Ruiz');
    expect(openPlan()).toMatchObject({ title: 'Payments go-live', service: { owner: 'Ana Ruiz' } });
    setServiceOwner('');
    expect(openPlan().service).not.toHaveProperty('owner');
  });

  it('adds risks with fresh ids, rated medium until the user rates them', () => {
    expect(addRisk()).toBe('r1');
    expect(addRisk()).toBe('r2');
    expect(openPlan().strategy.risks?.[0]).toEqual({
      id: 'r1',
      description: '',
      likelihood: 'medium',
      impact: 'medium',
    });
  });

  it('rates and describes a risk, and removing the last one leaves no empty list', () => {
    addRisk();
    updateRisk(0, (risk) => {
      risk.description = 'Card provider late';
      risk.impact = 'high';
    });
    expect(openPlan().strategy.risks?.[0]).toMatchObject({
      description: 'Card provider late',
      impact: 'high',
    });
    removeRisk(0);
    expect(openPlan().strategy).not.toHaveProperty('risks');
  });

  it('holds sunrise/sunset meetings daily at first, then at the cadence chosen', () => {
    setMeetingsHeld(true);
    expect(openPlan().strategy.elsPolicy?.meetings).toEqual({ cadence: { kind: 'daily' } });
    setMeetingCadence({ kind: 'timesPerWeek', min: 2, max: 3 });
    expect(openPlan().strategy.elsPolicy?.meetings?.cadence).toEqual({
      kind: 'timesPerWeek',
      min: 2,
      max: 3,
    });
  });

  it('removes the early life support policy once everything in it is cleared', () => {
    setElsText('notes', 'Hypercare for two weeks');
    expect(openPlan().strategy.elsPolicy).toEqual({ notes: 'Hypercare for two weeks' });
    setElsText('notes', '');
    expect(openPlan().strategy).not.toHaveProperty('elsPolicy');
  });

  it('gives a stream an approval model and takes it away; undo restores it', () => {
    setStreamApproval(0, { mode: 'changeAuthority', authority: 'CAB' });
    expect(openPlan().streamDesign?.streams[0]?.approval).toEqual({
      mode: 'changeAuthority',
      authority: 'CAB',
    });
    setStreamApproval(0, undefined);
    expect(openPlan().streamDesign?.streams[0]).not.toHaveProperty('approval');
    undoPlanEdit();
    expect(openPlan().streamDesign?.streams[0]?.approval?.mode).toBe('changeAuthority');
  });
});
