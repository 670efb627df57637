import { roleRecogniser } from '../itil/roles';
import { quoteValue } from '../text/quote-value';
import type { Plan } from './schema';
import type { Problem } from './problems';
import { failure, parsePlanData, placeProblems, type PlanParseResult } from './parse';
import { tallyProblems } from './bounded-check';

function packagedItemIds(plan: Plan): Set<string> {
  const ids = new Set<string>();
  for (const delivery of plan.packagedPlan.deliveries) {
    for (const item of delivery.items) ids.add(item.id);
  }
  return ids;
}

/**
 * Cross-references a structurally valid plan must also satisfy to be called valid: streams
 * trace to items that exist, once each, and name roles that exist. The app still opens a plan
 * that fails these (the editor shows them), and `convert` treats a stale trace as an item
 * removed from the packaged plan. Each problem is placed in the editor's words.
 */
export function findReferenceProblems(plan: Plan): Problem[] {
  const problems: Problem[] = [];
  const itemIds = packagedItemIds(plan);
  const isKnownRole = roleRecogniser(plan.customRoles);
  const checkRoles = (roles: readonly string[], path: string): void => {
    roles.forEach((role, r) => {
      if (!isKnownRole(role)) {
        problems.push({
          path: `${path}[${String(r)}]`,
          message: `${quoteValue(role)} is neither an ITIL role id nor one of the plan's own roles`,
        });
      }
    });
  };
  plan.streamDesign?.streams.forEach((stream, s) => {
    const path = `streamDesign.streams[${String(s)}]`;
    const listed = new Set<string>();
    stream.sourceItemIds.forEach((itemId, i) => {
      const itemPath = `${path}.sourceItemIds[${String(i)}]`;
      if (!itemIds.has(itemId)) {
        problems.push({
          path: itemPath,
          message: `${quoteValue(itemId)} is not an item of the packaged plan`,
        });
      } else if (listed.has(itemId)) {
        problems.push({
          path: itemPath,
          message: `${quoteValue(itemId)} is listed twice in this stream`,
        });
      }
      listed.add(itemId);
    });
    checkRoles(stream.roles, `${path}.roles`);
  });
  plan.conversionRules?.rules.forEach((rule, r) => {
    checkRoles(rule.stream.roles, `conversionRules.rules[${String(r)}].stream.roles`);
  });
  return placeProblems(plan, problems);
}

/**
 * The traces to items no longer in the packaged plan: which item ids, and how many trace
 * entries point at them in all. Taking them out is always safe (the item is gone), so the
 * editor offers it as one step when a save is refused for them.
 */
export function findStaleTraces(plan: Plan): { itemIds: string[]; count: number } {
  const itemIds = packagedItemIds(plan);
  const stale = new Set<string>();
  let count = 0;
  for (const stream of plan.streamDesign?.streams ?? []) {
    for (const id of stream.sourceItemIds) {
      if (itemIds.has(id)) continue;
      stale.add(id);
      count += 1;
    }
  }
  return { itemIds: [...stale], count };
}

/** Everything `validate` checks: structure first, then, for a readable plan, its references. */
export function validatePlanData(data: unknown): PlanParseResult {
  const result = parsePlanData(data);
  if (!result.ok) return result;
  const problems = findReferenceProblems(result.plan);
  return problems.length === 0 ? result : failure(tallyProblems(problems));
}
