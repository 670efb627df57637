import { describe, expect, it } from 'vitest';
import { parsePlanData, parsePlanText } from '../../../../core/plan/parse';
import { atPath } from '../../../support/problem-at-path';
import { serializePlan } from '../../../../core/plan/serialize';
import { authorityKindOf, ruleNatureOf } from '../../../../core/plan/schema';
import { seedPlanText } from '../../../support/seed';

type Json = Record<string, unknown>;
const seed = (): Json => JSON.parse(seedPlanText()) as Json;

/** A v2 plan using every new field: calendar, structured policy, approval classes, natures. */
function v2Plan(): Json {
  return {
    ...seed(),
    schemaVersion: 2,
    strategy: {
      approach: 'hybrid',
      changePolicy: 'All production changes are normal changes to the CAB.',
      changeApproval: {
        everythingToCab: true,
        changeAuthority: { authority: 'Group CAB', authorityKind: 'cab' },
        defaults: { regulatory: 'signOff', code: 'changeAuthority' },
        preAuthorisingGates: ['Automated build and integration tests'],
        emergency: { authority: 'Emergency CAB' },
      },
    },
    packagedPlan: {
      deliveries: [
        {
          id: 'd1',
          name: 'Go-live',
          date: '2027-06-30',
          items: [
            {
              id: 'dpia',
              kind: 'document',
              title: 'DPIA',
              nature: 'regulatory',
              signOffAuthority: 'DPO',
            },
            {
              id: 'w1',
              kind: 'other',
              title: 'Wave 1',
              nature: 'cutover',
              cutoverKind: 'migrationWave',
              date: '2027-06-12',
            },
            { id: 'db', kind: 'infrastructure', title: 'Managed DB', provisioning: 'code' },
            { id: 'old', kind: 'infrastructure', title: 'Old DC racks', nature: 'decommission' },
          ],
        },
      ],
    },
    streamDesign: {
      streams: [
        {
          id: 's1',
          name: 'Sign-offs',
          cadence: { kind: 'asRequired' },
          roles: [],
          sourceItemIds: ['dpia'],
          approval: { mode: 'signOff', authority: 'DPO', regulation: 'GDPR' },
        },
        {
          id: 's2',
          name: 'Cutover',
          cadence: { kind: 'asRequired' },
          roles: [],
          sourceItemIds: ['w1'],
          approval: {
            mode: 'changeAuthority',
            authority: 'CAB',
            goNoGo: true,
            backOutPlan: 'Restore from snapshot',
          },
        },
        {
          id: 's3',
          name: 'Hotfix',
          cadence: { kind: 'asRequired' },
          roles: [],
          sourceItemIds: [],
          approval: { mode: 'emergency', authority: 'ECAB' },
        },
      ],
    },
    changeCalendar: {
      workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
      holidays: [{ date: '2027-12-25', name: 'Christmas Day' }],
      windows: [
        {
          id: 'yef',
          kind: 'freeze',
          name: 'Year-end freeze',
          start: '2027-12-15',
          end: '2028-01-05',
        },
        {
          id: 'mec',
          kind: 'blackout',
          name: 'Month-end close',
          start: '2027-06-28',
          end: '2027-06-30',
          scope: { approvalModes: ['preAuthorised'] },
        },
        {
          id: 'sun',
          kind: 'maintenance',
          name: 'Sunday window',
          start: '2027-06-06',
          end: '2027-06-06',
          scope: { streamIds: ['s2'] },
        },
      ],
    },
    readinessSettings: { trainingMaxLeadWeeks: 6 },
  };
}

function problems(data: unknown): string[] {
  const result = parsePlanData(data);
  return result.ok ? [] : result.problems.map(atPath);
}

describe('plan format v2', () => {
  it('opens a v1 plan unchanged and saves it as v2', () => {
    const result = parsePlanText(seedPlanText());
    expect(result.ok && result.migratedFrom).toBe(1);
    if (!result.ok) return;
    const saved = JSON.parse(serializePlan(result.plan)) as Json;
    expect(saved).toEqual({ ...seed(), schemaVersion: 2 });
  });

  it('reads every new field and writes it back byte for byte', () => {
    const result = parsePlanData(v2Plan());
    if (!result.ok) throw new Error(result.problems.map(atPath).join('\n'));
    expect(result.migratedFrom).toBeUndefined();
    const text = serializePlan(result.plan);
    expect(JSON.parse(text)).toEqual(v2Plan());
    const again = parsePlanText(text);
    expect(again.ok && serializePlan(again.plan)).toBe(text);
  });

  it('names a bad calendar window, nature or approval class in plain words', () => {
    const plan = v2Plan();
    const calendar = plan.changeCalendar as { windows: Json[] };
    calendar.windows[0] = {
      id: 'x',
      kind: 'holiday',
      name: 'x',
      start: '2027-12-15',
      end: '2027-12-01',
    };
    calendar.windows[1] = {
      id: 'y',
      kind: 'freeze',
      name: 'y',
      start: '2027-12-15',
      end: '2027-12-01',
    };
    const items =
      (plan.packagedPlan as { deliveries: { items: Json[] }[] }).deliveries[0]?.items ?? [];
    items[0] = { ...items[0], nature: 'legal' };
    items[2] = { ...items[2], provisioning: 'cloud' };
    const streams = (plan.streamDesign as { streams: Json[] }).streams;
    streams[0] = { ...streams[0], approval: { mode: 'signOff', authority: '' } };
    const found = problems(plan);
    expect(found).toContain(
      'streamDesign.streams[0].approval.authority: must name who signs off (e.g. Data Protection Officer)',
    );
    expect(found).toContain(
      'changeCalendar.windows[1].end: must not be before start (found text "2027-12-01")',
    );
    expect(found.some((p) => p.startsWith('changeCalendar.windows[0].kind:'))).toBe(true);
    expect(found.some((p) => p.startsWith('packagedPlan.deliveries[0].items[0].nature:'))).toBe(
      true,
    );
    expect(
      found.some((p) => p.startsWith('packagedPlan.deliveries[0].items[2].provisioning:')),
    ).toBe(true);
  });

  it('reads an item nature and a change authority kind with their defaults', () => {
    expect(ruleNatureOf({ kind: 'infrastructure' })).toBe('ordinary');
    expect(ruleNatureOf({ kind: 'infrastructure', provisioning: 'code' })).toBe(
      'infrastructureAsCode',
    );
    expect(
      ruleNatureOf({ kind: 'infrastructure', provisioning: 'code', nature: 'decommission' }),
    ).toBe('decommission');
    expect(authorityKindOf({ authority: 'Change Advisory Board' })).toBe('cab');
    expect(authorityKindOf({ authority: 'Group CAB' })).toBe('cab');
    expect(authorityKindOf({ authority: 'Change manager' })).toBe('changeManager');
    expect(authorityKindOf({ authority: 'Head of Finance' })).toBe('named');
    expect(authorityKindOf({ authority: 'Head of Finance', authorityKind: 'cab' })).toBe('cab');
  });
});
