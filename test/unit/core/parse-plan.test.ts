import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../../core/plan/parse';
import { atPath } from '../../support/problem-at-path';

const samplePath = resolve(
  import.meta.dirname,
  '../../../resources/samples/seed-plan.transition.json',
);
const sampleText = readFileSync(samplePath, 'utf8');
const sample = (): Record<string, unknown> => JSON.parse(sampleText) as Record<string, unknown>;

function problemsOf(data: unknown): string[] {
  const result = parsePlanText(JSON.stringify(data));
  return result.ok ? [] : result.problems.map(atPath);
}

describe('parsePlanText', () => {
  it('accepts the sample plan with its 2 deliveries and 27 items', () => {
    const result = parsePlanText(sampleText);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.packagedPlan.deliveries.map((d) => d.items.length)).toEqual([14, 13]);
  });

  it('says when the text is not JSON at all', () => {
    const result = parsePlanText('{ "format": ');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.message).toMatch(/^is not valid JSON/);
  });

  it('refuses a file from another program by its format', () => {
    expect(problemsOf({ format: 'something-else', schemaVersion: 1 })).toEqual([
      'format: is not "transition-studio.plan": this file is not a Transition Studio plan',
    ]);
    expect(problemsOf([1, 2, 3])[0]).toMatch(/expected a JSON object/);
  });

  it('names the supported version when the file is newer', () => {
    expect(problemsOf({ ...sample(), schemaVersion: 3 })).toEqual([
      'schemaVersion: is 3, newer than this app reads (version 2); update Transition Studio to open it',
    ]);
  });

  it('locates a wrong field by its JSON path', () => {
    const plan = sample() as {
      packagedPlan: { deliveries: { items: Record<string, unknown>[] }[] };
    };
    const item = plan.packagedPlan.deliveries[1]?.items[5];
    if (!item) throw new Error('fixture changed');
    item.targetPercent = 140;
    expect(problemsOf(plan)).toEqual([
      expect.stringMatching(/^packagedPlan\.deliveries\[1\]\.items\[5\]\.targetPercent: /),
    ]);
  });

  it('refuses dates that do not exist', () => {
    const plan = sample() as { packagedPlan: { deliveries: { date: string }[] } };
    const delivery = plan.packagedPlan.deliveries[0];
    if (!delivery) throw new Error('fixture changed');
    delivery.date = '2027-02-30';
    expect(problemsOf(plan)).toEqual([
      'packagedPlan.deliveries[0].date: must be a date that exists in the calendar (found text "2027-02-30")',
    ]);
  });

  it('refuses an id used twice across deliveries', () => {
    const plan = sample() as { packagedPlan: { deliveries: { items: { id: string }[] }[] } };
    const item = plan.packagedPlan.deliveries[1]?.items[0];
    if (!item) throw new Error('fixture changed');
    item.id = 'fr-a';
    expect(problemsOf(plan)).toEqual([
      'packagedPlan.deliveries[1].items[0].id: "fr-a" is used twice',
    ]);
  });

  it('keeps fields it does not know', () => {
    const result = parsePlanText(JSON.stringify({ ...sample(), reviewer: { name: 'Ada' } }));
    expect(result.ok && result.plan.reviewer).toEqual({ name: 'Ada' });
  });
});
