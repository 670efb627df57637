import { ruleNatureOf, type ConversionRule, type Item, type RuleNature } from '../plan/schema';

/**
 * Which items a rule takes. A rule that lists `natures` takes the items of its kinds with one
 * of those natures. A rule without `natures` takes the items of its kinds whose nature no rule
 * of the table claims: in a v1 table (no natures anywhere) that is every item of its kinds, as
 * before; in the default table it leaves regulatory, cutover and decommissioning work and
 * infrastructure as code to the rules written for them.
 */
export interface RuleMatcher {
  takes(rule: ConversionRule, item: Item): boolean;
}

export function ruleMatcher(rules: readonly ConversionRule[]): RuleMatcher {
  const claimed = new Set<RuleNature>();
  for (const rule of rules) for (const nature of rule.natures ?? []) claimed.add(nature);
  return {
    takes(rule, item) {
      if (!rule.kinds.includes(item.kind)) return false;
      const nature = ruleNatureOf(item);
      return rule.natures ? rule.natures.includes(nature) : !claimed.has(nature);
    },
  };
}
