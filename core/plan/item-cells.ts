import { ITEM_KIND_LABELS } from './item-kinds';
import { ITEM_KINDS, type ItemKind } from './schema';

/**
 * Reading an item's kind and figure from the text of a spreadsheet cell: one way for pasted
 * rows (paste-items.ts) and imported workbooks (core/import).
 */

/** The short names transition managers write in a Type/Kind column, besides ids and labels. */
const KIND_ALIASES: Readonly<Record<ItemKind, readonly string[]>> = {
  functional: ['fr', 'func', 'functional', 'user story', 'story'],
  nonFunctional: [
    'nfr',
    'non functional',
    'non-functional',
    'nonfunctional requirement',
    'quality',
  ],
  infrastructure: ['hw', 'hardware', 'infra', 'server', 'servers', 'infrastructure item'],
  document: ['doc', 'docs', 'documentation', 'documents'],
  opsBriefing: ['ops', 'briefing', 'ops brief', 'operations briefing', 'ops briefing'],
  training: ['train', 'trainings', 'training plan', 'course'],
  earlyLifeSupport: ['els', 'hypercare', 'hyper care', 'early life', 'early-life support'],
  other: ['misc', 'miscellaneous'],
};

const KIND_BY_NAME: ReadonlyMap<string, ItemKind> = new Map(
  ITEM_KINDS.flatMap((kind) => [
    [normaliseName(kind), kind],
    [normaliseName(ITEM_KIND_LABELS[kind]), kind],
    ...KIND_ALIASES[kind].map((alias): [string, ItemKind] => [normaliseName(alias), kind]),
  ]),
);

/** A kind by its id, label or usual abbreviation (FR, NFR, HW, ELS…), in any case. */
export function kindFromName(name: string): ItemKind | undefined {
  return KIND_BY_NAME.get(normaliseName(name));
}

/** How a message names one item of a kind, with its article. */
export const ONE_ITEM: Readonly<Record<ItemKind, string>> = {
  functional: 'a functional requirement',
  nonFunctional: 'a non-functional requirement',
  infrastructure: 'an infrastructure item',
  document: 'a document',
  opsBriefing: 'an ops briefing',
  training: 'a training item',
  earlyLifeSupport: 'an early life support item',
  other: 'an item of kind Other',
};

/** How each kind's figure is written in a cell, and what it must be. */
interface FigureRule {
  name: string;
  /** Decorations a spreadsheet may carry around the number, removed before reading it. */
  prefix?: RegExp;
  suffix?: RegExp;
  required: boolean;
  min: number;
  max?: number;
  integer: boolean;
}

const FIGURE_RULES: Readonly<Partial<Record<ItemKind, FigureRule>>> = {
  nonFunctional: {
    name: 'target %',
    suffix: /\s*%$/,
    required: true,
    min: 0,
    max: 100,
    integer: false,
  },
  infrastructure: {
    name: 'quantity',
    suffix: /\s*units?$/i,
    required: false,
    min: 1,
    integer: true,
  },
  opsBriefing: {
    name: 'lead time in weeks',
    prefix: /^t\s*[-−–]\s*/i,
    suffix: /\s*(weeks?|w)$/i,
    required: true,
    min: 0,
    integer: false,
  },
  training: {
    name: 'lead time in weeks',
    prefix: /^(from\s+)?t\s*[-−–]\s*/i,
    suffix: /\s*(weeks?|w)$/i,
    required: true,
    min: 0,
    integer: false,
  },
  earlyLifeSupport: {
    name: 'number of days',
    prefix: /^\+\s*/,
    suffix: /\s*(days?|d)$/i,
    required: true,
    min: 0,
    integer: false,
  },
};

/**
 * The figure of an item of `kind` from a cell's text: the number, undefined when the cell is
 * empty and the kind needs none, or a sentence saying what is wrong. `where` names the cell in
 * that sentence ("the third column", `the "Target %" column`).
 */
export function parseFigureCell(
  kind: ItemKind,
  cell: string,
  where: string,
): number | undefined | string {
  const rule = FIGURE_RULES[kind];
  const one = ONE_ITEM[kind];
  if (rule === undefined) {
    return cell === ''
      ? undefined
      : `gives "${clipCell(cell)}" for ${one}, which takes no figure: leave ${where} empty.`;
  }
  if (cell === '') {
    return rule.required ? `needs a ${rule.name} for ${one} in ${where}.` : undefined;
  }
  let bare = cell;
  if (rule.prefix) bare = bare.replace(rule.prefix, '');
  if (rule.suffix) bare = bare.replace(rule.suffix, '');
  if (!/^\d+([.,]\d+)?$/.test(bare)) {
    return `gives "${clipCell(cell)}" as the ${rule.name} of ${one}; it must be a number.`;
  }
  const value = Number(bare.replace(',', '.'));
  if (rule.integer && !Number.isInteger(value)) {
    return `gives ${bare} as the ${rule.name} of ${one}; it must be a whole number.`;
  }
  if (value < rule.min || (rule.max !== undefined && value > rule.max)) {
    const range =
      rule.max === undefined
        ? `${String(rule.min)} or more`
        : `between ${String(rule.min)} and ${String(rule.max)}`;
    return `gives ${bare} as the ${rule.name} of ${one}; it must be ${range}.`;
  }
  return value;
}

export function normaliseName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A cell's text cut to fit in a one-line message. */
export function clipCell(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
