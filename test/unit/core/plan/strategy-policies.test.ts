import { describe, expect, it } from 'vitest';
import { parsePlanData } from '../../../../core/plan/parse';
import { atPath } from '../../../support/problem-at-path';
import { serializePlan } from '../../../../core/plan/serialize';
import { seedPlanText } from '../../../support/seed';

type Json = Record<string, unknown>;

function seedWithStrategy(strategy: Json): Json {
  const data = JSON.parse(seedPlanText()) as Json;
  data.strategy = { ...(data.strategy as Json), ...strategy };
  return data;
}

const POLICIES = {
  changePolicy: 'Standard changes go through the pipeline.',
  knowledgeNotes: 'Knowledge articles are verified with each release.',
  configurationNotes: 'Hardware CIs are registered before delivery.',
  elsPolicy: {
    incidentFocus: true,
    incidentNotes: 'P2 or higher for incidents caused by the change.',
    meetings: { cadence: { kind: 'timesPerWeek', min: 1, max: 2 }, attendees: ['Sponsor'] },
    improvementLevels: ['operational', 'strategic'],
    notes: 'Exit ELS after two quiet weeks.',
  },
  risks: [
    {
      id: 'r1',
      description: 'Vendor late',
      likelihood: 'medium',
      impact: 'high',
      mitigation: 'Buffer',
    },
  ],
};

describe('strategy policies', () => {
  it('accepts every policy field and writes them after the horizon in a fixed order', () => {
    const result = parsePlanData(seedWithStrategy(POLICIES));
    if (!result.ok) throw new Error(result.problems.map(atPath).join('\n'));
    const text = serializePlan(result.plan);
    const strategy = (JSON.parse(text) as { strategy: Json }).strategy;
    expect(Object.keys(strategy)).toEqual([
      'need',
      'approach',
      'changePolicy',
      'knowledgeNotes',
      'configurationNotes',
      'elsPolicy',
      'risks',
    ]);
    expect(Object.keys(strategy.elsPolicy as Json)).toEqual([
      'incidentFocus',
      'incidentNotes',
      'meetings',
      'improvementLevels',
      'notes',
    ]);
    expect(Object.keys((strategy.elsPolicy as { meetings: Json }).meetings)).toEqual([
      'cadence',
      'attendees',
    ]);
    expect(Object.keys((strategy.risks as Json[])[0] ?? {})).toEqual([
      'id',
      'description',
      'likelihood',
      'impact',
      'mitigation',
    ]);
  });

  it('adds none of them to a plan that does not have them', () => {
    const result = parsePlanData(JSON.parse(seedPlanText()));
    if (!result.ok) throw new Error('the seed should parse');
    expect(Object.keys(result.plan.strategy)).toEqual(['need', 'approach']);
  });

  it('names the field of a bad policy in plain words', () => {
    const result = parsePlanData(
      seedWithStrategy({
        elsPolicy: {
          improvementLevels: ['weekly'],
          meetings: { cadence: { kind: 'everyNDays', n: 1 } },
        },
        risks: [
          { id: 'r1', description: 'A', likelihood: 'certain', impact: 'low' },
          { id: 'r1', description: 'B', likelihood: 'low', impact: 'low' },
        ],
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(atPath)).toEqual([
      'strategy.elsPolicy.meetings.cadence.n: must be 2 or more (1 is "daily") (found the number 1)',
      'strategy.elsPolicy.improvementLevels[0]: must be "operational", "tactical" or "strategic" (found text "weekly")',
      'strategy.risks[0].likelihood: must be "low", "medium" or "high" (found text "certain")',
      'strategy.risks[1].id: "r1" is used twice',
    ]);
  });
});
