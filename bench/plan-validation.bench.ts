import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parsePlanText, placeProblems } from '../core/plan/parse';
import { validatePlanData } from '../core/plan/references';
import { measure, printFigures } from './measure';

/**
 * How long validating a plan file takes, for the sample (27 items) and a large plan (1,000
 * items). Ratio judged: cost per item of the large plan over the sample's — near 1 means
 * validation scales linearly, so opening big plans stays predictable. Also what naming the
 * places of a file's problems in the editor's words costs (the most a parse keeps: 1,000), and
 * what Save pays for checking the plan before it writes (validatePlanData on a valid plan).
 */
// Benchmarks run bundled from out/bench, with the repository root as the working directory.
const sampleText = readFileSync(resolve('resources/samples/seed-plan.transition.json'), 'utf8');

function largePlanText(items: number): string {
  const plan = JSON.parse(sampleText) as {
    packagedPlan: { deliveries: { id: string; name: string; date: string; items: unknown[] }[] };
  };
  const kinds = ['functional', 'document', 'infrastructure', 'nonFunctional'] as const;
  plan.packagedPlan.deliveries = Array.from({ length: 10 }, (_, d) => ({
    id: `d${String(d)}`,
    name: `Delivery ${String(d + 1)}`,
    date: `2027-${String(d + 1).padStart(2, '0')}-15`,
    items: Array.from({ length: items / 10 }, (_, i) => {
      const kind = kinds[i % kinds.length] ?? 'functional';
      const extra =
        kind === 'infrastructure'
          ? { quantity: 2 }
          : kind === 'nonFunctional'
            ? { targetPercent: 80 }
            : {};
      return {
        id: `d${String(d)}-i${String(i)}`,
        kind,
        title: `Item ${String(i)} of delivery ${String(d)}`,
        ...extra,
      };
    }),
  }));
  return JSON.stringify(plan);
}

const large = largePlanText(1000);
const small = measure('validate sample plan (27 items)', () => parsePlanText(sampleText), 2000);
const big = measure('validate large plan (1,000 items)', () => parsePlanText(large), 200);
const perItemRatio = big.medianMs / 1000 / (small.medianMs / 27);

// Every item's title a number: 1,000 problems, each placed as `Delivery "…" › Item … › Title`.
const broken: unknown = JSON.parse(large.replace(/"title":"Item [^"]*"/g, '"title":7'));
const parsedBroken = validatePlanData(broken);
const problems = parsedBroken.ok
  ? []
  : parsedBroken.problems.map(({ path, message }) => ({ path, message }));
if (problems.length !== 1000)
  throw new Error(`expected 1,000 problems, got ${String(problems.length)}`);
const withPlaces = measure(
  'validate a plan with 1,000 problems',
  () => validatePlanData(broken),
  50,
);
const placing = measure(
  'name the places of 1,000 problems',
  () => placeProblems(broken, problems),
  200,
);
const largePlan: unknown = JSON.parse(large);
const saveCheck = measure(
  'check before Save (1,000 items, valid)',
  () => validatePlanData(largePlan),
  200,
);
printFigures(
  [small, big, withPlaces, placing, saveCheck],
  [
    ['per-item cost, large / sample', perItemRatio],
    [
      'naming places / whole validation with 1,000 problems',
      placing.medianMs / withPlaces.medianMs,
    ],
  ],
);
