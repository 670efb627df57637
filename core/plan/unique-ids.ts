import type { Problem } from './problems';

type Loose = Record<string, unknown>;

function objects(value: unknown): Loose[] {
  return Array.isArray(value)
    ? value.filter((entry): entry is Loose => typeof entry === 'object' && entry !== null)
    : [];
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Loose)[key] : undefined;
}

/**
 * Ids that must be unique: deliveries and items share one namespace (a stream traces to either),
 * streams, rules, custom roles and the strategy's risks each have their own. Reads the data loosely so that it can run
 * even when the schema found other problems: the user then sees every problem at once.
 */
export function findDuplicateIds(plan: unknown): Problem[] {
  const problems: Problem[] = [];
  const check = (seen: Set<string>, entry: Loose, path: string): void => {
    const id = entry.id;
    if (typeof id !== 'string') return;
    if (seen.has(id)) problems.push({ path: `${path}.id`, message: `"${id}" is used twice` });
    seen.add(id);
  };
  const packaged = new Set<string>();
  objects(field(field(plan, 'packagedPlan'), 'deliveries')).forEach((delivery, d) => {
    const path = `packagedPlan.deliveries[${String(d)}]`;
    check(packaged, delivery, path);
    objects(delivery.items).forEach((item, i) => {
      check(packaged, item, `${path}.items[${String(i)}]`);
    });
  });
  const lists: [unknown, string][] = [
    [field(field(plan, 'streamDesign'), 'streams'), 'streamDesign.streams'],
    [field(field(plan, 'conversionRules'), 'rules'), 'conversionRules.rules'],
    [field(plan, 'customRoles'), 'customRoles'],
    [field(field(plan, 'strategy'), 'risks'), 'strategy.risks'],
  ];
  for (const [list, path] of lists) {
    const seen = new Set<string>();
    objects(list).forEach((entry, i) => {
      check(seen, entry, `${path}[${String(i)}]`);
    });
  }
  return problems;
}
