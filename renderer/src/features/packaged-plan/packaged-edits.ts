import { addMonths, format, isValid, parseISO } from 'date-fns';
import type { Draft } from 'immer';
import {
  createItem,
  FIGURE_FIELD,
  withKind,
  type ItemDraft,
} from '../../../../core/plan/item-drafts';
import { nextIds, packagedPlanIds } from '../../../../core/plan/new-ids';
import type { Item, ItemKind, Plan } from '../../../../core/plan/schema';
import { useDocumentStore } from '../../state/document-store';
import { dropTracesOf } from '../../state/stream-edits';
import { todayIso } from '../../ui/dates';
import { editPlan } from '../../ui/edit-plan';

/**
 * Every edit the packaged-plan editor makes, each one undoable step through the document
 * store. Rows address items by index (what they render); drag and drop addresses them by id,
 * since the drop may land after other edits moved things.
 */

function openPlan(): Plan | null {
  return useDocumentStore.getState().plan;
}

/** A new delivery a month after the last one (or today), named for its position. */
export function addDelivery(): string | null {
  const plan = openPlan();
  if (!plan) return null;
  const deliveries = plan.packagedPlan.deliveries;
  const [id = 'd1'] = nextIds('d', packagedPlanIds(plan));
  const last = deliveries.at(-1);
  const lastDate = last ? parseISO(last.date) : null;
  const date =
    lastDate && isValid(lastDate) ? format(addMonths(lastDate, 1), 'yyyy-MM-dd') : todayIso();
  editPlan(
    (draft) => {
      draft.packagedPlan.deliveries.push({
        id,
        name: `Delivery ${String(deliveries.length + 1)}`,
        date,
        items: [],
      });
    },
    undefined,
    'Add delivery',
  );
  return id;
}

export function renameDelivery(delivery: number, name: string, coalesceKey: string): void {
  editPlan(
    (draft) => {
      const target = draft.packagedPlan.deliveries[delivery];
      if (target) target.name = name;
    },
    coalesceKey,
    'Rename delivery',
  );
}

export function setDeliveryDate(delivery: number, date: string): void {
  editPlan(
    (draft) => {
      const target = draft.packagedPlan.deliveries[delivery];
      if (target) target.date = date;
    },
    undefined,
    'Change delivery date',
  );
}

export function moveDelivery(from: number, to: number): void {
  editPlan(
    (draft) => {
      const list = draft.packagedPlan.deliveries;
      if (from === to || to < 0 || to >= list.length) return;
      const [moved] = list.splice(from, 1);
      if (moved) list.splice(to, 0, moved);
    },
    undefined,
    'Move delivery',
  );
}

/** Removes a delivery with its items and their traces; returns the streams that lost one. */
export function removeDelivery(delivery: number): string[] {
  let losers: string[] = [];
  editPlan(
    (draft) => {
      const [removed] = draft.packagedPlan.deliveries.splice(delivery, 1);
      losers = dropTracesOf(draft, new Set(removed?.items.map((item) => item.id)));
    },
    undefined,
    'Remove delivery',
  );
  return losers;
}

/** Adds items at the end of a delivery and returns their new ids. */
export function addItems(delivery: number, drafts: readonly ItemDraft[]): string[] {
  const plan = openPlan();
  if (!plan?.packagedPlan.deliveries[delivery] || drafts.length === 0) return [];
  const ids = nextIds('i', packagedPlanIds(plan), drafts.length);
  editPlan(
    (draft) => {
      const items = draft.packagedPlan.deliveries[delivery]?.items;
      if (!items) return;
      drafts.forEach((itemDraft, index) => {
        const id = ids[index];
        if (id !== undefined) items.push(createItem(itemDraft, id));
      });
    },
    undefined,
    drafts.length === 1 ? 'Add item' : `Add ${String(drafts.length)} items`,
  );
  return ids;
}

export function addItem(delivery: number, kind: ItemKind): string | null {
  return addItems(delivery, [{ kind, title: '' }])[0] ?? null;
}

function updateItem(
  delivery: number,
  item: number,
  change: (item: Draft<Item>) => void,
  coalesceKey: string | undefined,
  label: string,
): void {
  editPlan(
    (draft) => {
      const target = draft.packagedPlan.deliveries[delivery]?.items[item];
      if (target) change(target);
    },
    coalesceKey,
    label,
  );
}

export function setItemTitle(delivery: number, item: number, title: string, key: string): void {
  updateItem(
    delivery,
    item,
    (target) => {
      target.title = title;
    },
    key,
    'Edit item title',
  );
}

/** Sets the kind's figure; undefined removes it (only an infrastructure quantity may go). */
export function setItemFigure(
  delivery: number,
  item: number,
  value: number | undefined,
  key: string,
): void {
  updateItem(
    delivery,
    item,
    (target) => {
      const field = FIGURE_FIELD[target.kind];
      if (field === null) return;
      if (value === undefined) Reflect.deleteProperty(target, field);
      else (target as Record<string, unknown>)[field] = value;
    },
    key,
    'Change item figure',
  );
}

export function changeItemKind(delivery: number, item: number, kind: ItemKind): void {
  editPlan(
    (draft) => {
      const items = draft.packagedPlan.deliveries[delivery]?.items;
      const current = items?.[item];
      if (!items || !current) return;
      items[item] = withKind(current, kind);
    },
    undefined,
    'Change item kind',
  );
}

/**
 * Removes an item and, in the same undoable step, its traces from the stream design (a saved
 * plan always validates). Returns the names of the streams that carried it.
 */
export function removeItem(delivery: number, item: number): string[] {
  let losers: string[] = [];
  editPlan(
    (draft) => {
      const [removed] = draft.packagedPlan.deliveries[delivery]?.items.splice(item, 1) ?? [];
      if (removed) losers = dropTracesOf(draft, new Set([removed.id]));
    },
    undefined,
    'Remove item',
  );
  return losers;
}

/** Where an item is now, by id. */
export function findItem(plan: Plan, itemId: string): { delivery: number; item: number } | null {
  const deliveries = plan.packagedPlan.deliveries;
  for (let d = 0; d < deliveries.length; d += 1) {
    const index = deliveries[d]?.items.findIndex((item) => item.id === itemId) ?? -1;
    if (index !== -1) return { delivery: d, item: index };
  }
  return null;
}

/**
 * Moves an item, by id, to the end of another delivery (the editor groups items by kind, so
 * the end is where it shows up under its kind). Returns whether anything moved.
 */
export function moveItemToDelivery(itemId: string, toDeliveryId: string): boolean {
  const plan = openPlan();
  if (!plan) return false;
  const from = findItem(plan, itemId);
  const to = plan.packagedPlan.deliveries.findIndex((d) => d.id === toDeliveryId);
  if (!from || to === -1 || from.delivery === to) return false;
  editPlan(
    (draft) => {
      const deliveries = draft.packagedPlan.deliveries;
      const [moved] = deliveries[from.delivery]?.items.splice(from.item, 1) ?? [];
      if (moved) deliveries[to]?.items.push(moved);
    },
    undefined,
    'Move item to another delivery',
  );
  return true;
}
