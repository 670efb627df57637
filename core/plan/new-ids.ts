import type { Plan } from './schema';

/**
 * The next `count` ids of the form `<prefix><n>` (`d3`, `i28`): numbered on from the highest
 * `n` any id in `taken` already carries, so a new id never collides and never reuses the
 * number of something just deleted (a stream trace to the old id cannot silently re-attach).
 */
export function nextIds(prefix: string, taken: Iterable<string>, count = 1): string[] {
  const pattern = new RegExp(`^${escapeRegExp(prefix)}(\\d+)$`);
  let highest = 0;
  const used = new Set<string>();
  for (const id of taken) {
    used.add(id);
    const match = pattern.exec(id);
    if (match?.[1] !== undefined) highest = Math.max(highest, Number(match[1]));
  }
  const ids: string[] = [];
  let n = highest;
  while (ids.length < count) {
    n += 1;
    const candidate = `${prefix}${String(n)}`;
    if (!used.has(candidate)) ids.push(candidate);
  }
  return ids;
}

/** Delivery and item ids: one namespace, because a stream may trace to either. */
export function packagedPlanIds(plan: Pick<Plan, 'packagedPlan'>): string[] {
  const ids: string[] = [];
  for (const delivery of plan.packagedPlan.deliveries) {
    ids.push(delivery.id);
    for (const item of delivery.items) ids.push(item.id);
  }
  return ids;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
