import { beforeEach, describe, expect, it } from 'vitest';
import {
  addDelivery,
  addItem,
  changeItemKind,
  moveDelivery,
  moveItemToDelivery,
  removeDelivery,
  removeItem,
  renameDelivery,
  setItemFigure,
  setItemTitle,
} from '../../../renderer/src/features/packaged-plan/packaged-edits';
import { validatePlanData } from '../../../core/plan/references';
import { openPlan, openTwoDeliveries, undoPlanEdit } from './edit-plans';

const deliveries = () => openPlan().packagedPlan.deliveries;
const itemIds = (delivery: number) => deliveries()[delivery]?.items.map((item) => item.id);

beforeEach(openTwoDeliveries);

describe('the packaged plan edits', () => {
  it('adds a delivery a month after the last one, named for its place, with a fresh id', () => {
    expect(addDelivery()).toBe('d3');
    expect(deliveries()[2]).toEqual({
      id: 'd3',
      name: 'Delivery 3',
      date: '2027-03-15',
      items: [],
    });
  });

  it('renames a delivery, and one undo takes back a burst of typing in the same field', () => {
    renameDelivery(0, 'Pilot', 'name:d1');
    renameDelivery(0, 'Pilot go-live', 'name:d1');
    expect(deliveries()[0]?.name).toBe('Pilot go-live');
    undoPlanEdit();
    expect(deliveries()[0]?.name).toBe('Release 1');
  });

  it('moves a delivery down and ignores a move past the end', () => {
    moveDelivery(0, 1);
    expect(deliveries().map((d) => d.id)).toEqual(['d2', 'd1']);
    moveDelivery(1, 2);
    expect(deliveries().map((d) => d.id)).toEqual(['d2', 'd1']);
  });

  it('removes a delivery with its items, and undo brings both back', () => {
    removeDelivery(1);
    expect(deliveries().map((d) => d.id)).toEqual(['d1']);
    undoPlanEdit();
    removeDelivery(0);
    expect(deliveries().map((d) => d.id)).toEqual(['d2']);
    undoPlanEdit();
    expect(itemIds(0)).toEqual(['i1', 'i2']);
  });

  it('adds an item of a kind with an id no other item or delivery has', () => {
    expect(addItem(1, 'infrastructure')).toBe('i4');
    expect(deliveries()[1]?.items[1]).toMatchObject({ id: 'i4', kind: 'infrastructure' });
  });

  it('retitles an item and sets or clears its figure', () => {
    setItemTitle(0, 1, 'Page loads in 2 s', 'title:i2');
    setItemFigure(0, 1, 95, 'figure:i2');
    expect(deliveries()[0]?.items[1]).toMatchObject({
      title: 'Page loads in 2 s',
      targetPercent: 95,
    });
    setItemFigure(0, 1, undefined, 'figure:i2-clear');
    expect(deliveries()[0]?.items[1]).not.toHaveProperty('targetPercent');
  });

  it('changes an item’s kind, keeping its id and title', () => {
    changeItemKind(1, 0, 'document');
    expect(deliveries()[1]?.items[0]).toMatchObject({
      id: 'i3',
      kind: 'document',
      title: 'Service desk training',
    });
  });

  it('removes one item and leaves the others in order', () => {
    removeItem(0, 1);
    expect(itemIds(0)).toEqual(['i1']);
  });

  it('removes a traced item with its trace in one undoable step and names the stream', () => {
    expect(removeItem(0, 0)).toEqual(['Code deployed']);
    expect(itemIds(0)).toEqual(['i2']);
    expect(validatePlanData(openPlan())).toMatchObject({ ok: true });
    undoPlanEdit();
    expect(itemIds(0)).toEqual(['i1', 'i2']);
    expect(openPlan().streamDesign?.streams[0]?.sourceItemIds).toEqual(['i1']);
  });

  it('removes a delivery’s traces with it, so the plan still validates', () => {
    expect(removeDelivery(0)).toEqual(['Code deployed']);
    expect(openPlan().streamDesign?.streams[0]?.sourceItemIds).toEqual([]);
    expect(validatePlanData(openPlan())).toMatchObject({ ok: true });
    expect(removeDelivery(0)).toEqual([]);
  });

  it('moves an item by id to the end of another delivery, and refuses a move to nowhere', () => {
    expect(moveItemToDelivery('i1', 'd2')).toBe(true);
    expect(itemIds(0)).toEqual(['i2']);
    expect(itemIds(1)).toEqual(['i3', 'i1']);
    expect(moveItemToDelivery('i1', 'no-such-delivery')).toBe(false);
    expect(moveItemToDelivery('i1', 'd2')).toBe(false);
  });
});
