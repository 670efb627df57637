import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parsePlanText } from '../core/plan/parse';
import { measure, printFigures } from './measure';

/**
 * How long validating a plan file takes, for the sample (27 items) and a large plan (1,000
 * items). Ratio judged: cost per item of the large plan over the sample's — near 1 means
 * validation scales linearly, so opening big plans stays predictable.
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
printFigures([small, big], [['per-item cost, large / sample', perItemRatio]]);
