import type { PathSegment } from '../plan/plan-index';

/**
 * Field names in the order they are written in a plan file (DESIGN.md "Plan file format"), so
 * findings read top to bottom like the file does. One list serves every object because each
 * object's own fields keep their relative order in it.
 */
const FIELD_ORDER: readonly string[] = [
  'format',
  'schemaVersion',
  'id',
  'kind',
  'title',
  'name',
  'owner',
  'service',
  'need',
  'customers',
  'approach',
  'horizon',
  'start',
  'end',
  'strategy',
  'packagedPlan',
  'date',
  'deliveries',
  'items',
  'targetPercent',
  'quantity',
  'leadWeeks',
  'days',
  'streamDesign',
  'streams',
  'cadence',
  'roles',
  'sourceItemIds',
  'approval',
  'derivedFrom',
  'removedRuleIds',
  'conversionRules',
  'customRoles',
  'changeCalendar',
  'windows',
  'readinessSettings',
];

const FIELD_RANK = new Map(FIELD_ORDER.map((field, rank) => [field, rank]));

function compareKeys(a: string, b: string): number {
  const rankA = FIELD_RANK.get(a) ?? FIELD_ORDER.length;
  const rankB = FIELD_RANK.get(b) ?? FIELD_ORDER.length;
  if (rankA !== rankB) return rankA - rankB;
  // Fields the format does not know: code-unit order, so no locale can change the result.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Document order of two paths; a path comes before the paths inside it. */
export function comparePaths(a: readonly PathSegment[], b: readonly PathSegment[]): number {
  const shared = Math.min(a.length, b.length);
  for (let i = 0; i < shared; i += 1) {
    const x = a[i];
    const y = b[i];
    if (x === y || x === undefined || y === undefined) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'string' && typeof y === 'string') return compareKeys(x, y);
    return typeof x === 'number' ? -1 : 1;
  }
  return a.length - b.length;
}
