import { ITEM_KINDS, type Item, type ItemKind } from './schema';

/** The one number an item of a kind carries, by field name; null for kinds with none. */
export type FigureField = 'targetPercent' | 'quantity' | 'leadWeeks' | 'days';

export const FIGURE_FIELD: Readonly<Record<ItemKind, FigureField | null>> = {
  functional: null,
  nonFunctional: 'targetPercent',
  infrastructure: 'quantity',
  document: null,
  opsBriefing: 'leadWeeks',
  training: 'leadWeeks',
  earlyLifeSupport: 'days',
  other: null,
};

/**
 * What a new item of a kind starts with: the article's figures (ops briefing at t-3 weeks,
 * training from t-5 weeks, ELS for 5 days), all targets met, and no quantity (which reads as 1).
 */
export const DEFAULT_FIGURE: Readonly<Record<ItemKind, number | undefined>> = {
  functional: undefined,
  nonFunctional: 100,
  infrastructure: undefined,
  document: undefined,
  opsBriefing: 3,
  training: 5,
  earlyLifeSupport: 5,
  other: undefined,
};

/** An item before it has an id: what the user typed or pasted. */
export interface ItemDraft {
  kind: ItemKind;
  title: string;
  /** The kind's figure; absent takes the kind's default (and for infrastructure means 1). */
  figure?: number;
}

export function isItemKind(value: string): value is ItemKind {
  return (ITEM_KINDS as readonly string[]).includes(value);
}

/** An item from a draft, with exactly the fields its kind has. */
export function createItem(draft: ItemDraft, id: string): Item {
  const figure = draft.figure ?? DEFAULT_FIGURE[draft.kind];
  switch (draft.kind) {
    case 'nonFunctional':
      return { id, kind: draft.kind, title: draft.title, targetPercent: figure ?? 100 };
    case 'infrastructure':
      return figure === undefined
        ? { id, kind: draft.kind, title: draft.title }
        : { id, kind: draft.kind, title: draft.title, quantity: figure };
    case 'opsBriefing':
    case 'training':
      return { id, kind: draft.kind, title: draft.title, leadWeeks: figure ?? 0 };
    case 'earlyLifeSupport':
      return { id, kind: draft.kind, title: draft.title, days: figure ?? 0 };
    case 'functional':
    case 'document':
    case 'other':
      return { id, kind: draft.kind, title: draft.title };
  }
}

/**
 * The item as another kind: same id, title and any field this version does not know; the old
 * kind's figure goes, the new kind's default comes (a figure shared by both kinds, such as an
 * ops briefing's lead time becoming a training's, is kept).
 */
export function withKind(item: Item, kind: ItemKind): Item {
  if (item.kind === kind) return item;
  const oldField = FIGURE_FIELD[item.kind];
  const newField = FIGURE_FIELD[kind];
  const rest: Record<string, unknown> = { ...item };
  const kept = oldField !== null && oldField === newField ? rest[oldField] : undefined;
  if (oldField !== null) Reflect.deleteProperty(rest, oldField);
  const base = createItem(
    { kind, title: item.title, ...(typeof kept === 'number' ? { figure: kept } : {}) },
    item.id,
  );
  return { ...rest, ...base };
}

/** The item's figure, or undefined when its kind has none or it is missing. */
export function figureOf(item: Item): number | undefined {
  const field = FIGURE_FIELD[item.kind];
  if (field === null) return undefined;
  const value = (item as Record<string, unknown>)[field];
  return typeof value === 'number' ? value : undefined;
}
