import { safeValue } from '../text/quote-value';
import { FIELD_LABELS, ITEM_FIGURE_LABELS } from './field-labels';
import { isRealCalendarDate } from './calendar-date';
import { ITEM_KIND_LABELS } from './item-kinds';
import { nameDelivery, nameItem, nameStream, quote } from './names';
import type { ItemKind } from './schema';

export type Loose = Record<string, unknown>;

/**
 * One part of the plan as the editor shows it. `label` is the field's words (a function when
 * they depend on the object holding it); `inside` drops them when the place goes deeper (a
 * delivery is "Delivery "Wave 1"", not "Packaged plan › Deliveries › Delivery "Wave 1"");
 * `entries` names a list's entries and gives their shape; `values` is the shape of a record's.
 */
export interface Shape {
  label?: string | ((holder: Loose) => string);
  inside?: 'silent';
  fields?: Readonly<Record<string, Shape>>;
  entries?: { name: (entry: unknown, index: number) => string; shape?: Shape };
  values?: Shape;
}

export function record(value: unknown): Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Loose)
    : {};
}

/** A key from a file looked up in a table without meeting Object.prototype ("constructor"). */
export function own<T>(
  table: Readonly<Record<string, T>> | undefined,
  key: unknown,
): T | undefined {
  return table !== undefined && typeof key === 'string' && Object.hasOwn(table, key)
    ? table[key]
    : undefined;
}

function textOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function idOf(entry: Loose): string {
  return textOf(entry.id) ?? '';
}

/** "Window 3": what an entry is called when it has no name of its own (or a broken one). */
export const numbered =
  (noun: string) =>
  (_entry: unknown, index: number): string =>
    `${noun} ${String(index + 1)}`;

/** A list whose entries the message itself quotes (an item id, a role): the list is enough. */
const unnamed = (): string => '';

/** `Window "Xmas freeze"`, or `Window 3` when the entry has no usable name. */
function named(noun: string, key: string) {
  return (entry: unknown, index: number): string => {
    const fields = record(entry);
    const name = textOf(fields[key]);
    return name === undefined || name.trim() === ''
      ? numbered(noun)(entry, index)
      : `${noun} ${quote(name, idOf(fields))}`;
  };
}

function deliveryName(entry: unknown, index: number): string {
  const fields = record(entry);
  const name = textOf(fields.name);
  const date = textOf(fields.date);
  // An unnamed delivery is named by its date, unless the date is what is wrong with it.
  if (
    name === undefined ||
    (name.trim() === '' && (date === undefined || !isRealCalendarDate(date)))
  ) {
    return numbered('Delivery')(entry, index);
  }
  return nameDelivery({ name, id: idOf(fields), date: date ?? '' });
}

function itemName(entry: unknown, index: number): string {
  const fields = record(entry);
  const title = textOf(fields.title);
  if (title === undefined) return numbered('Item')(entry, index);
  const kind = textOf(fields.kind);
  const known = own(ITEM_KIND_LABELS, kind) !== undefined;
  return nameItem({ kind: known ? (kind as ItemKind) : 'other', title, id: idOf(fields) });
}

function streamName(entry: unknown, index: number): string {
  const fields = record(entry);
  const name = textOf(fields.name);
  return name === undefined
    ? numbered('Stream')(entry, index)
    : nameStream({ name, id: idOf(fields) });
}

const cadence: Shape = {
  label: FIELD_LABELS.cadence,
  fields: {
    kind: { label: '' },
    n: { label: 'Every N days' },
    min: { label: 'At least' },
    max: { label: 'At most' },
  },
};

const approval: Shape = {
  label: FIELD_LABELS.approval,
  fields: {
    mode: { label: '' },
    gate: { label: FIELD_LABELS.gate },
    authority: {
      label: (holder) =>
        holder.mode === 'signOff' ? FIELD_LABELS.signedOffBy : FIELD_LABELS.changeAuthority,
    },
    conditions: { label: FIELD_LABELS.conditions },
  },
};

/** What a stream, a rule's stream and a conversion baseline have in common. */
const streamFields: Readonly<Record<string, Shape>> = {
  name: { label: FIELD_LABELS.streamName },
  cadence,
  roles: { label: FIELD_LABELS.roles, entries: { name: unnamed } },
  approval,
  sourceItemIds: { label: FIELD_LABELS.streamItems, entries: { name: unnamed } },
};

const item: Shape = {
  fields: {
    title: { label: FIELD_LABELS.itemTitle },
    ...Object.fromEntries(
      ['targetPercent', 'quantity', 'leadWeeks', 'days'].map((key) => [
        key,
        {
          label: (holder: Loose) => own(ITEM_FIGURE_LABELS, holder.kind) ?? humanise(key),
        },
      ]),
    ),
  },
};

const checklist = (title: string): Shape => ({
  label: title,
  inside: 'silent',
  entries: { name: numbered(title.replace(/ criteria$/, ' criterion')) },
});

export const PLAN_SHAPE: Shape = {
  fields: {
    title: { label: FIELD_LABELS.planTitle },
    version: { label: 'Plan version' },
    service: {
      label: FIELD_LABELS.service,
      inside: 'silent',
      fields: {
        name: { label: FIELD_LABELS.service },
        owner: { label: FIELD_LABELS.serviceOwner },
      },
    },
    strategy: {
      label: 'Strategy',
      fields: {
        horizon: { label: FIELD_LABELS.horizon },
        changePolicy: { label: 'Change policy' },
        changeApproval: { label: 'Change policy' },
        knowledgeNotes: { label: 'Knowledge management' },
        configurationNotes: { label: 'Configuration management' },
        elsPolicy: {
          label: 'Early life support and improvement',
          fields: {
            incidentFocus: { label: 'Heightened incident focus' },
            incidentNotes: { label: 'How' },
            meetings: {
              label: 'Sunrise and sunset meetings',
              fields: { cadence, attendees: { label: 'Who attends' } },
            },
            improvementLevels: { label: 'Feedback goes into improvement at these levels' },
          },
        },
        risks: { label: 'Risks', inside: 'silent', entries: { name: numbered('Risk') } },
        acceptanceCriteria: checklist('Acceptance criteria'),
        elsExitCriteria: checklist('Early life support exit criteria'),
        goNoGoCriteria: checklist('Go/no-go criteria'),
      },
    },
    packagedPlan: {
      label: 'Packaged plan',
      inside: 'silent',
      fields: {
        deliveries: {
          label: 'Deliveries',
          inside: 'silent',
          entries: {
            name: deliveryName,
            shape: {
              fields: {
                name: { label: FIELD_LABELS.deliveryName },
                date: { label: FIELD_LABELS.goLiveDate },
                items: {
                  label: 'Items',
                  inside: 'silent',
                  entries: { name: itemName, shape: item },
                },
              },
            },
          },
        },
      },
    },
    streamDesign: {
      label: 'Stream design',
      inside: 'silent',
      fields: {
        streams: {
          label: 'Streams',
          inside: 'silent',
          entries: {
            name: streamName,
            shape: {
              fields: {
                ...streamFields,
                roleOwners: { label: FIELD_LABELS.owners, values: { entries: { name: unnamed } } },
                derivedFrom: {
                  label: 'Conversion',
                  fields: { baseline: { label: 'As last converted', fields: streamFields } },
                },
              },
            },
          },
        },
        removedRuleIds: { label: 'Removed rules', entries: { name: unnamed } },
      },
    },
    conversionRules: {
      label: 'Conversion rules',
      inside: 'silent',
      fields: {
        rules: {
          label: 'Conversion rules',
          inside: 'silent',
          entries: {
            name: numbered('Conversion rule'),
            shape: { fields: { stream: { label: 'Stream', fields: streamFields } } },
          },
        },
      },
    },
    customRoles: {
      label: 'Custom roles',
      inside: 'silent',
      entries: { name: named('Role', 'name') },
    },
    changeCalendar: {
      label: 'Change calendar',
      fields: {
        holidays: {
          label: 'Public holidays',
          inside: 'silent',
          entries: { name: named('Holiday', 'name') },
        },
        windows: {
          label: 'Windows',
          inside: 'silent',
          entries: {
            name: named('Window', 'name'),
            shape: {
              fields: {
                start: { label: FIELD_LABELS.windowStart },
                end: { label: FIELD_LABELS.windowEnd },
                scope: { label: 'Blocks' },
              },
            },
          },
        },
      },
    },
  },
};

/** `targetPercent` → "Target percent": for a field the table does not name. */
export function humanise(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return safeValue(words.charAt(0).toUpperCase() + words.slice(1));
}
