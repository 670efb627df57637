import type { Plan } from './schema';
import type { Problem } from './problems';

/**
 * Ids that must be unique: deliveries and items share one namespace (a stream traces to either),
 * streams, rules and custom roles each have their own.
 */
export function findDuplicateIds(plan: Plan): Problem[] {
  const problems: Problem[] = [];
  const packaged = new Set<string>();
  const check = (seen: Set<string>, value: string, path: string): void => {
    if (seen.has(value)) problems.push({ path, message: `"${value}" is used twice` });
    seen.add(value);
  };
  plan.packagedPlan.deliveries.forEach((delivery, d) => {
    check(packaged, delivery.id, `packagedPlan.deliveries[${String(d)}].id`);
    delivery.items.forEach((item, i) => {
      check(packaged, item.id, `packagedPlan.deliveries[${String(d)}].items[${String(i)}].id`);
    });
  });
  const streams = new Set<string>();
  plan.streamDesign?.streams.forEach((stream, s) => {
    check(streams, stream.id, `streamDesign.streams[${String(s)}].id`);
  });
  const rules = new Set<string>();
  plan.conversionRules?.rules.forEach((rule, r) => {
    check(rules, rule.id, `conversionRules.rules[${String(r)}].id`);
  });
  const roles = new Set<string>();
  plan.customRoles?.forEach((role, r) => {
    check(roles, role.id, `customRoles[${String(r)}].id`);
  });
  return problems;
}
