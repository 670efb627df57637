import type { Plan } from './schema';

/**
 * The order keys are written in, so that plans diff and merge well in git: the format's own
 * fields first in a fixed order, then any field this version does not know, in the order the
 * file had it. The same plan always serialises to the same bytes.
 */
const KEY_ORDER = [
  'format',
  'schemaVersion',
  'id',
  'kind',
  'mode',
  'ruleId',
  'title',
  'name',
  'abbreviation',
  'date',
  'start',
  'end',
  'n',
  'min',
  'max',
  'targetPercent',
  'quantity',
  'leadWeeks',
  'days',
  'service',
  'owner',
  'need',
  'customers',
  'approach',
  'horizon',
  'changePolicy',
  'knowledgeNotes',
  'configurationNotes',
  'elsPolicy',
  'incidentFocus',
  'incidentNotes',
  'meetings',
  'improvementLevels',
  'risks',
  'description',
  'likelihood',
  'impact',
  'mitigation',
  'notes',
  'strategy',
  'packagedPlan',
  'deliveries',
  'items',
  'streamDesign',
  'streams',
  'kinds',
  'stream',
  'cadence',
  'attendees',
  'roles',
  'approval',
  'gate',
  'authority',
  'conditions',
  'sourceItemIds',
  'derivedFrom',
  'baseline',
  'removedRuleIds',
  'conversionRules',
  'rules',
  'customRoles',
];
const RANK = new Map(KEY_ORDER.map((key, index) => [key, index]));

function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (typeof value !== 'object' || value === null) return value;
  const source = value as Record<string, unknown>;
  const keys = Object.keys(source);
  const known = keys.filter((key) => RANK.has(key));
  known.sort((a, b) => (RANK.get(a) ?? 0) - (RANK.get(b) ?? 0));
  const out: Record<string, unknown> = {};
  for (const key of [...known, ...keys.filter((key) => !RANK.has(key))]) {
    Object.defineProperty(out, key, {
      value: ordered(source[key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/** A plan as file text: 2-space indentation, stable key order, a newline at the end. */
export function serializePlan(plan: Plan): string {
  return `${JSON.stringify(ordered(plan), null, 2)}\n`;
}
