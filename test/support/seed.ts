import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parsePlanText } from '../../core/plan/parse';
import type { Cadence, Plan } from '../../core/plan/schema';

/**
 * The article's plan and the stream design it must become, copied from the project's shared
 * fixtures into the repository so a clean clone tests the same thing.
 */
export const SEED_PLAN_PATH = resolve(import.meta.dirname, '../fixtures/seed-plan.transition.json');
export const SEED_STREAMS_PATH = resolve(
  import.meta.dirname,
  '../fixtures/seed-streams.expected.json',
);

export const seedPlanText = (): string => readFileSync(SEED_PLAN_PATH, 'utf8');

export function loadSeedPlan(): Plan {
  const result = parsePlanText(seedPlanText());
  if (!result.ok) throw new Error('the seed fixture no longer parses');
  return result.plan;
}

export interface ExpectedStream {
  name: string;
  cadence: Cadence;
  roles: string[];
  sourceItemIds: string[];
}

export function loadExpectedStreams(): ExpectedStream[] {
  const data = JSON.parse(readFileSync(SEED_STREAMS_PATH, 'utf8')) as { streams: ExpectedStream[] };
  return data.streams;
}
