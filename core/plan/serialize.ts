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
  'version',
  'author',
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
  'nature',
  'cutoverKind',
  'provisioning',
  'signOffAuthority',
  'service',
  'owner',
  'need',
  'customers',
  'approach',
  'horizon',
  'changePolicy',
  'changeApproval',
  'everythingToCab',
  'changeAuthority',
  'defaults',
  'preAuthorisingGates',
  'emergency',
  'knowledgeNotes',
  'configurationNotes',
  'elsPolicy',
  'incidentFocus',
  'incidentNotes',
  'meetings',
  'improvementLevels',
  'risks',
  'acceptanceCriteria',
  'elsExitCriteria',
  'goNoGoCriteria',
  'text',
  'met',
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
  'natures',
  'work',
  'stream',
  'cadence',
  'attendees',
  'roles',
  'approval',
  'gate',
  'authority',
  'authorityKind',
  'regulation',
  'conditions',
  'goNoGo',
  'backOutPlan',
  'sourceItemIds',
  'derivedFrom',
  'roleOwners',
  'baseline',
  'removedRuleIds',
  'conversionRules',
  'rules',
  'customRoles',
  'changeCalendar',
  'workingDays',
  'holidays',
  'windows',
  'scope',
  'streamIds',
  'approvalModes',
  'icsUid',
  'readinessSettings',
  'trainingMaxLeadWeeks',
];
const RANK = new Map(KEY_ORDER.map((key, index) => [key, index]));

/** Whether the keys are in file order already: known keys by rank, then the unknown ones. */
function inFileOrder(keys: readonly string[]): boolean {
  let lastRank = -1;
  let unknownSeen = false;
  for (const key of keys) {
    const rank = RANK.get(key);
    if (rank === undefined) unknownSeen = true;
    else if (unknownSeen || rank < lastRank) return false;
    else lastRank = rank;
  }
  return true;
}

/** Orders computed so far, by the keys an object has (items of one kind share theirs). */
const orders = new Map<string, readonly string[]>();
const MAX_CACHED_ORDERS = 10_000;

/** The keys in file order, or null when they already are. */
function fileOrder(keys: readonly string[]): readonly string[] | null {
  if (inFileOrder(keys)) return null;
  const signature = keys.join('\u0000');
  const cached = orders.get(signature);
  if (cached !== undefined) return cached;
  const known = keys.filter((key) => RANK.has(key));
  known.sort((a, b) => (RANK.get(a) ?? 0) - (RANK.get(b) ?? 0));
  const order = [...known, ...keys.filter((key) => !RANK.has(key))];
  if (orders.size < MAX_CACHED_ORDERS) orders.set(signature, order);
  return order;
}

/**
 * The value with every object's keys in file order. Objects already in order are returned as
 * they are, so that only the objects out of order, and those holding them, are rebuilt.
 */
function ordered(value: unknown): unknown {
  if (Array.isArray(value)) {
    const list: readonly unknown[] = value;
    let copy: unknown[] | undefined;
    for (let i = 0; i < list.length; i += 1) {
      const item = list[i];
      if (typeof item !== 'object' || item === null) continue;
      const next = ordered(item);
      if (next !== item) {
        copy ??= [...list];
        copy[i] = next;
      }
    }
    return copy ?? list;
  }
  if (typeof value !== 'object' || value === null) return value;
  const source = value as Record<string, unknown>;
  const keys = Object.keys(source);
  const order = fileOrder(keys);
  let changed: Map<string, unknown> | undefined;
  for (const key of keys) {
    const child = source[key];
    if (typeof child !== 'object' || child === null) continue;
    const next = ordered(child);
    if (next !== child) (changed ??= new Map()).set(key, next);
  }
  if (order === null && changed === undefined) return value;
  const out: Record<string, unknown> = {};
  for (const key of order ?? keys) {
    const child = changed?.has(key) === true ? changed.get(key) : source[key];
    // Plain assignment of "__proto__" would set the prototype instead of a key.
    if (key === '__proto__') {
      Object.defineProperty(out, key, {
        value: child,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else {
      out[key] = child;
    }
  }
  return out;
}

/** A plan as file text: 2-space indentation, stable key order, a newline at the end. */
export function serializePlan(plan: Plan): string {
  return `${JSON.stringify(ordered(plan), null, 2)}\n`;
}
