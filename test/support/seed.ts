import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parsePlanText } from '../../core/plan/parse';
import { DEFAULT_CONVERSION_RULES } from '../../core/conversion/default-rules';
import type { Cadence, ChangeCalendar, Plan, Stream } from '../../core/plan/schema';

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

/**
 * The article's stream table from the fixture, with the ids and approval models of the default
 * rules that make each stream: the seed's design without running the conversion, for tests of
 * what reads a design (metrics, readiness, reports).
 */
export function seedStreams(): Stream[] {
  return loadExpectedStreams().map((expected) => {
    const rule = DEFAULT_CONVERSION_RULES.rules.find((r) => r.stream.name === expected.name);
    if (rule === undefined) throw new Error(`no default rule makes "${expected.name}"`);
    return { id: rule.id, ...expected, approval: rule.stream.approval };
  });
}

/** The seed plan with the article's stream design, and a change calendar when one is given. */
export function seedWithStreams(changeCalendar?: ChangeCalendar): Plan {
  return {
    ...loadSeedPlan(),
    streamDesign: { streams: seedStreams() },
    ...(changeCalendar === undefined ? {} : { changeCalendar }),
  };
}
