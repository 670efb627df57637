import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePlanData, parsePlanText } from '../../../core/plan/parse';
import { validatePlanData } from '../../../core/plan/references';
import { atPath } from '../../support/problem-at-path';
import { serializePlan } from '../../../core/plan/serialize';
import { MAX_NESTING_DEPTH } from '../../../core/plan/json-safety';
import { convertToStreams } from '../../../core/conversion/convert';
import { loadSeedPlan, seedPlanText } from '../../support/seed';
import { planArbitrary } from '../../support/plan-arbitraries';

type Json = Record<string, unknown>;
const seed = (): Json => JSON.parse(seedPlanText()) as Json;

function problems(data: unknown): string[] {
  const result = validatePlanData(data);
  return result.ok ? [] : result.problems.map(atPath);
}

function item(data: Json, d: number, i: number): Json {
  const deliveries = (data.packagedPlan as { deliveries: { items: Json[] }[] }).deliveries;
  const found = deliveries[d]?.items[i];
  if (!found) throw new Error('fixture changed');
  return found;
}

function converted(): Json {
  return JSON.parse(serializePlan(convertToStreams(loadSeedPlan()).plan)) as Json;
}

function stream(data: Json, s: number): Json {
  const found = (data.streamDesign as { streams: Json[] }).streams[s];
  if (!found) throw new Error('no such stream');
  return found;
}

describe('the envelope', () => {
  it('names a missing or wrong format', () => {
    const rest = seed();
    delete rest.format;
    expect(problems(rest)).toEqual([
      'format: is missing, so this is not a Transition Studio plan (it must be "transition-studio.plan")',
    ]);
    // Another program's file: its value is not repeated, it may be private.
    expect(problems({ ...seed(), format: 'ghp_SECRET' })).toEqual([
      'format: is not "transition-studio.plan": this file is not a Transition Studio plan',
    ]);
  });

  it('names a missing, non-integer or newer schemaVersion and the version this app reads', () => {
    const rest = seed();
    delete rest.schemaVersion;
    expect(problems(rest)).toEqual(['schemaVersion: is missing (this app reads version 2)']);
    expect(problems({ ...seed(), schemaVersion: 1.5 })).toEqual([
      'schemaVersion: must be a whole number of 1 or more (found the number 1.5)',
    ]);
    expect(problems({ ...seed(), schemaVersion: '1' })).toEqual([
      'schemaVersion: must be a whole number of 1 or more (found text "1")',
    ]);
    expect(problems({ ...seed(), schemaVersion: 7 })).toEqual([
      'schemaVersion: is 7, newer than this app reads (version 2); update Transition Studio to open it',
    ]);
  });
});

describe('plain-word problems located by path', () => {
  it('says a percentage must be between 0 and 100', () => {
    const data = seed();
    item(data, 1, 3).kind = 'nonFunctional';
    item(data, 1, 3).targetPercent = 140;
    expect(problems(data)).toEqual([
      'packagedPlan.deliveries[1].items[3].targetPercent: must be between 0 and 100 (found the number 140)',
    ]);
  });

  it('says what kind-specific field is missing or wrong', () => {
    const data = seed();
    delete item(data, 0, 6).targetPercent;
    item(data, 0, 3).quantity = 0;
    item(data, 0, 4).quantity = 1.5;
    item(data, 0, 12).leadWeeks = -1;
    item(data, 0, 13).days = 'five';
    expect(problems(data)).toEqual([
      'packagedPlan.deliveries[0].items[3].quantity: must be 1 or more (found the number 0)',
      'packagedPlan.deliveries[0].items[4].quantity: must be a whole number (found the number 1.5)',
      'packagedPlan.deliveries[0].items[6].targetPercent: is missing',
      'packagedPlan.deliveries[0].items[12].leadWeeks: must be 0 or more (found the number -1)',
      'packagedPlan.deliveries[0].items[13].days: must be a number (found text "five")',
    ]);
  });

  it('lists the allowed kinds for an unknown one', () => {
    const data = seed();
    item(data, 0, 0).kind = 'epic';
    expect(problems(data)).toEqual([
      'packagedPlan.deliveries[0].items[0].kind: must be one of "functional", "nonFunctional", "infrastructure", "document", "opsBriefing", "training", "earlyLifeSupport" or "other" (found text "epic")',
    ]);
  });

  it('refuses dates that are not written YYYY-MM-DD or do not exist', () => {
    const data = seed();
    const deliveries = (data.packagedPlan as { deliveries: Json[] }).deliveries;
    if (deliveries[0]) deliveries[0].date = '2027-02-30';
    if (deliveries[1]) deliveries[1].date = '30/11/2027';
    expect(problems(data)).toEqual([
      'packagedPlan.deliveries[0].date: must be a date that exists in the calendar (found text "2027-02-30")',
      'packagedPlan.deliveries[1].date: must be a date written YYYY-MM-DD (found text "30/11/2027")',
    ]);
  });

  it('refuses an id used twice across deliveries, items and streams', () => {
    const data = converted();
    item(data, 1, 0).id = 'd1';
    stream(data, 1).id = 'code';
    expect(problems(data)).toEqual([
      'packagedPlan.deliveries[1].items[0].id: "d1" is used twice',
      'streamDesign.streams[1].id: "code" is used twice',
    ]);
  });

  it('checks every cadence rule', () => {
    const data = converted();
    stream(data, 0).cadence = { kind: 'everyNDays', n: 1 };
    stream(data, 1).cadence = { kind: 'timesPerWeek', min: 3, max: 2 };
    stream(data, 2).cadence = { kind: 'timesPerWeek', min: 0, max: 8 };
    stream(data, 3).cadence = { kind: 'hourly' };
    expect(problems(data)).toEqual([
      'streamDesign.streams[0].cadence.n: must be 2 or more (1 is "daily") (found the number 1)',
      'streamDesign.streams[1].cadence.max: must not be less than min (found the number 2)',
      'streamDesign.streams[2].cadence.min: must be between 1 and 7 (found the number 0)',
      'streamDesign.streams[2].cadence.max: must be between 1 and 7 (found the number 8)',
      'streamDesign.streams[3].cadence.kind: must be one of "daily", "everyNDays", "timesPerWeek" or "asRequired" (found text "hourly")',
    ]);
  });

  it('reports streams that trace to items that do not exist, and roles nobody defined', () => {
    const data = converted();
    (stream(data, 0).sourceItemIds as string[]).push('fr-z', 'fr-a');
    (stream(data, 3).roles as string[]).push('wizardry');
    expect(problems(data)).toEqual([
      'streamDesign.streams[0].sourceItemIds[6]: "fr-z" is not an item of the packaged plan',
      'streamDesign.streams[0].sourceItemIds[7]: "fr-a" is listed twice in this stream',
      'streamDesign.streams[3].roles[2]: "wizardry" is neither an ITIL role id nor one of the plan\'s own roles',
    ]);
    expect(parsePlanData(data).ok).toBe(true);
  });

  it('accepts a role the plan defines itself', () => {
    const data = converted();
    (stream(data, 3).roles as string[]).push('security-office');
    data.customRoles = [{ id: 'security-office', abbreviation: 'SecO', name: 'Security Office' }];
    expect(problems(data)).toEqual([]);
  });
});

describe('round trip', () => {
  it('keeps unknown fields at every level through load and save', () => {
    const data = converted();
    data.x = { top: true };
    (data.service as Json).x = 1;
    (data.strategy as Json).x = [1, 2];
    (data.packagedPlan as Json).x = 'p';
    const [firstDelivery] = (data.packagedPlan as { deliveries: Json[] }).deliveries;
    if (firstDelivery) firstDelivery.x = null;
    item(data, 1, 2).x = { nested: { deep: 'yes' } };
    (data.streamDesign as Json).x = 's';
    stream(data, 0).x = 0;
    (stream(data, 0).cadence as Json).x = 'c';
    (stream(data, 0).approval as Json).x = 'a';
    (stream(data, 0).derivedFrom as Json).x = 'd';
    const result = parsePlanText(JSON.stringify(data));
    if (!result.ok) throw new Error(result.problems.map(atPath).join('\n'));
    expect(JSON.parse(serializePlan(result.plan))).toEqual(data);
  });

  it('writes the same bytes for the same plan, fields in a stable order, newline at the end', () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        const text = serializePlan(plan);
        const again = parsePlanText(text);
        expect(again.ok).toBe(true);
        if (again.ok) expect(serializePlan(again.plan)).toBe(text);
        expect(text.endsWith('}\n')).toBe(true);
      }),
    );
    const text = serializePlan(loadSeedPlan());
    expect(text.split('\n').slice(0, 4)).toEqual([
      '{',
      '  "format": "transition-studio.plan",',
      '  "schemaVersion": 2,',
      '  "title": "Seed example: two packaged deliveries",',
    ]);
  });

  it('does not invent defaults the file did not have', () => {
    const data = seed();
    delete item(data, 0, 4).quantity;
    const result = parsePlanData(data);
    if (!result.ok) throw new Error('should parse');
    // The v1 seed is saved as v2 and gains nothing else.
    expect(JSON.parse(serializePlan(result.plan))).toEqual({ ...data, schemaVersion: 2 });
  });
});

describe('hostile JSON', () => {
  it('refuses a __proto__ key anywhere instead of dropping it, and pollutes nothing', () => {
    const text = seedPlanText().replace(
      '"title": "DB server"',
      '"title": "DB server", "__proto__": { "polluted": true }',
    );
    const result = parsePlanText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map(atPath)).toEqual([
        'packagedPlan.deliveries[0].items[3].__proto__: uses the reserved key "__proto__", which a plan may not contain',
      ]);
    }
    expect(({} as Json).polluted).toBeUndefined();
  });

  it('keeps a "constructor" field as plain data', () => {
    const text = seedPlanText().replace(
      '"title": "DB server"',
      '"title": "DB server", "constructor": { "prototype": { "polluted": true } }',
    );
    const result = parsePlanText(text);
    expect(result.ok).toBe(true);
    expect(({} as Json).polluted).toBeUndefined();
    if (result.ok) {
      const saved = JSON.parse(serializePlan(result.plan)) as Json;
      expect(item(saved, 0, 3).constructor).toEqual({ prototype: { polluted: true } });
    }
  });

  it('refuses very deep nesting with a sentence, and accepts reasonable nesting', () => {
    const deep = (levels: number): string => `${'['.repeat(levels)}${']'.repeat(levels)}`;
    const hostile = seedPlanText().replace(
      '"approach": "packaged"',
      `"approach": "packaged", "x": ${deep(200_000)}`,
    );
    const result = parsePlanText(hostile);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]?.message).toBe(
        `nests objects or lists more than ${String(MAX_NESTING_DEPTH)} levels deep, which a plan never needs`,
      );
    }
    const fine = seedPlanText().replace(
      '"approach": "packaged"',
      `"approach": "packaged", "x": ${deep(50)}`,
    );
    expect(parsePlanText(fine).ok).toBe(true);
  });
});

describe('every problem at once', () => {
  it('reports duplicate ids together with schema problems', () => {
    const data = seed();
    item(data, 0, 1).id = 'fr-a';
    item(data, 0, 6).targetPercent = -5;
    expect(problems(data)).toEqual([
      'packagedPlan.deliveries[0].items[6].targetPercent: must be between 0 and 100 (found the number -5)',
      'packagedPlan.deliveries[0].items[1].id: "fr-a" is used twice',
    ]);
  });
});
