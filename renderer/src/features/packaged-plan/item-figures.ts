import { ITEM_FIGURE_LABELS } from '../../../../core/plan/field-labels';
import type { FigureField } from '../../../../core/plan/item-drafts';
import type { ItemKind } from '../../../../core/plan/schema';

/** How a kind's figure is edited: what the field is called and how its number reads. */
export interface FigureSpec {
  field: FigureField;
  label: string;
  prefix?: string;
  /** The unit after the number, singular or plural as the number reads. */
  suffix?: (value: number | undefined) => string;
  min: number;
  max?: number;
  decimals: boolean;
  /** Emptying the field removes the figure (an infrastructure quantity then reads as 1). */
  optional: boolean;
  placeholder?: string;
}

function plural(one: string, many: string): (value: number | undefined) => string {
  return (value) => (value === 1 ? one : many);
}

export const FIGURE_SPECS: Readonly<Partial<Record<ItemKind, FigureSpec>>> = {
  nonFunctional: {
    field: 'targetPercent',
    label: ITEM_FIGURE_LABELS.nonFunctional,
    suffix: () => '%',
    min: 0,
    max: 100,
    decimals: true,
    optional: false,
  },
  infrastructure: {
    field: 'quantity',
    label: ITEM_FIGURE_LABELS.infrastructure,
    suffix: plural(' unit', ' units'),
    min: 1,
    decimals: false,
    optional: true,
    placeholder: '1 unit',
  },
  opsBriefing: {
    field: 'leadWeeks',
    label: ITEM_FIGURE_LABELS.opsBriefing,
    prefix: 't-',
    suffix: plural(' week', ' weeks'),
    min: 0,
    decimals: true,
    optional: false,
  },
  training: {
    field: 'leadWeeks',
    label: ITEM_FIGURE_LABELS.training,
    prefix: 't-',
    suffix: plural(' week', ' weeks'),
    min: 0,
    decimals: true,
    optional: false,
  },
  earlyLifeSupport: {
    field: 'days',
    label: ITEM_FIGURE_LABELS.earlyLifeSupport,
    prefix: '+',
    suffix: plural(' day', ' days'),
    min: 0,
    decimals: true,
    optional: false,
  },
};

/** Group headings, plural: "Functional requirements (3)". */
export const KIND_GROUP_LABELS: Readonly<Record<ItemKind, string>> = {
  functional: 'Functional requirements',
  nonFunctional: 'Non-functional requirements',
  infrastructure: 'Infrastructure',
  document: 'Documents',
  opsBriefing: 'Ops briefings',
  training: 'Training',
  earlyLifeSupport: 'Early life support',
  other: 'Other items',
};

/** What each kind is, in a line, for the "Add item" menu. */
export const KIND_HINTS: Readonly<Record<ItemKind, string>> = {
  functional: 'A feature the release delivers',
  nonFunctional: 'A quality target, met in part or in full',
  infrastructure: 'Hardware or platform, by quantity',
  document: 'A manual, runbook or design document',
  opsBriefing: 'Operations briefed t-N weeks before go-live',
  training: 'Users trained from t-N weeks before go-live',
  earlyLifeSupport: 'Extra support for N days after go-live',
  other: 'Anything else (no conversion rule takes it)',
};
